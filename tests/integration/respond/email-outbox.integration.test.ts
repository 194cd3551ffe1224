// The email outbox: a receipt is queued in the submit transaction, an SMTP failure is retried
// later without failing anything, and a message is never sent twice (issue #6, item 5).
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { saveSection } from "@/lib/services/respond/save-section";
import { startDraft } from "@/lib/services/respond/start-draft";
import { submissionKeyFor, submitResponse } from "@/lib/services/respond/submit-response";
import { readCaughtMail, startMailCatcher } from "../../support/mail-catcher";
import { createConsultation } from "./respond-fixtures";

const savedSmtp = process.env.SMTP_URL;
afterEach(() => {
  if (savedSmtp === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = savedSmtp;
  vi.resetModules();
});

/** A port nothing listens on: connections to it are refused at once. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The outbox module, reloaded so it reads SMTP_URL afresh. */
async function deliverWith(smtpUrl: string) {
  process.env.SMTP_URL = smtpUrl;
  vi.resetModules();
  return (await import("@/lib/services/email-outbox/deliver-pending")).deliverPendingEmails;
}

describe("email outbox", () => {
  it("queues the receipt with the submission, retries after an SMTP failure and never sends twice", async () => {
    const fixture = await createConsultation();
    const email = `receipt-${fixture.slug}@example.com`;
    const { draftToken } = await startDraft(fixture.slug);
    await saveSection({
      slug: fixture.slug,
      draftToken,
      sectionKey: "about-you",
      versionId: fixture.versionId,
      entries: [
        ["respondent-type", "parent-carer"],
        ["postcode", "HP19"],
      ],
      mode: "continue",
    });
    const result = await submitResponse({
      slug: fixture.slug,
      draftToken,
      submissionKey: submissionKeyFor(draftToken),
      versionId: fixture.versionId,
      receipt: { email, wantsUpdates: true },
    });
    if (!result.ok) throw new Error("not sent");

    const queued = await db().emailOutbox.findFirstOrThrow({ where: { to: email } });
    expect(queued).toMatchObject({ status: "PENDING", attempts: 0, kind: "response-receipt" });
    expect(queued.subject).toContain(result.reference);
    expect(queued.text).toContain("HP19");
    expect(await db().respondentContact.findFirst({ where: { email } })).toMatchObject({ wantsUpdates: true });

    // The SMTP server is down: the message stays queued for later, and the response is still sent.
    const failing = await deliverWith(`smtp://127.0.0.1:${await closedPort()}`);
    const start = new Date();
    const firstTry = await failing({ now: start });
    expect(firstTry.sent).toBe(0);
    const afterFailure = await db().emailOutbox.findUniqueOrThrow({ where: { id: queued.id } });
    expect(afterFailure).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(afterFailure.lastError).toBeTruthy();
    expect(afterFailure.nextAttemptAt.getTime()).toBeGreaterThan(start.getTime());
    expect(await db().response.count({ where: { reference: result.reference, status: "SUBMITTED" } })).toBe(1);

    // Back up, but before the retry is due: nothing is sent yet.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hys-outbox-"));
    const catcher = await startMailCatcher(dir);
    try {
      const working = await deliverWith(`smtp://127.0.0.1:${catcher.port}`);
      await working({ now: start });
      expect(readCaughtMail(dir)).toHaveLength(0);

      const later = new Date(afterFailure.nextAttemptAt.getTime() + 1000);
      await Promise.all([working({ now: later }), working({ now: later })]);
      await working({ now: new Date(later.getTime() + 3_600_000) });
      const mine = readCaughtMail(dir).filter((m) => m.to.includes(email));
      expect(mine).toHaveLength(1);
      expect(mine[0].subject).toContain(result.reference);
      expect(mine[0].html).toContain(result.reference);
      expect(await db().emailOutbox.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({
        status: "SENT",
        attempts: 2,
      });
    } finally {
      await catcher.stop();
    }
  });

  it("gives up after the last attempt and marks the message FAILED", async () => {
    const { MAX_ATTEMPTS } = await import("@/lib/services/email-outbox/deliver-pending");
    const message = await db().emailOutbox.create({
      data: {
        to: "nobody@example.com",
        subject: "s",
        text: "t",
        kind: "test",
        attempts: MAX_ATTEMPTS - 1,
        nextAttemptAt: new Date(Date.now() - 1000),
      },
    });
    const failing = await deliverWith(`smtp://127.0.0.1:${await closedPort()}`);
    await failing();
    expect(await db().emailOutbox.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({
      status: "FAILED",
      attempts: MAX_ATTEMPTS,
    });
  });
});
