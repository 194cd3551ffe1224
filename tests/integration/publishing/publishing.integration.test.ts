// Issue #4 through the services: the checklist blocks and then lets a consultation publish,
// uploads are checked by content and versioned, extensions reach the public log, and a
// confirmed subscriber gets the outcome email.
import { text } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { openWorld, type World } from "../auth/world";
import { consultationForm, makeConsultation, uniqueSlug } from "./fixtures";

let world: World;
let officer: StaffPrincipal;
let services: {
  save: typeof import("@/lib/services/consultations/save-consultation");
  lifecycle: typeof import("@/lib/services/consultations/lifecycle-actions");
  outcome: typeof import("@/lib/services/consultations/outcome");
  upload: typeof import("@/lib/services/documents/upload-document");
  files: typeof import("@/lib/services/documents/document-file");
  subs: typeof import("@/lib/services/subscriptions/subscriptions");
  search: typeof import("@/lib/services/consultations/search-consultations");
  storage: typeof import("@/lib/storage/storage");
  validation: typeof import("@/lib/validation/consultation");
};

beforeAll(async () => {
  world = await openWorld("publishing");
  officer = await world.makeStaff("OFFICER");
  services = {
    save: await import("@/lib/services/consultations/save-consultation"),
    lifecycle: await import("@/lib/services/consultations/lifecycle-actions"),
    outcome: await import("@/lib/services/consultations/outcome"),
    upload: await import("@/lib/services/documents/upload-document"),
    files: await import("@/lib/services/documents/document-file"),
    subs: await import("@/lib/services/subscriptions/subscriptions"),
    search: await import("@/lib/services/consultations/search-consultations"),
    storage: await import("@/lib/storage/storage"),
    validation: await import("@/lib/validation/consultation"),
  };
});

afterAll(async () => {
  services?.storage.setFileStorage(undefined);
  await world?.close();
});

const fieldErrorsOf = async (call: Promise<unknown>) => {
  try {
    await call;
  } catch (error) {
    // openWorld resets modules, so the services' AppError is not this file's: match by name.
    const appError = error as { name?: string; message: string; fieldErrors?: Record<string, string[]> };
    if (appError.name === "AppError") return appError.fieldErrors ?? { form: [appError.message] };
    throw error;
  }
  throw new Error("expected a failure");
};

const pdf = (text = "") => ({ name: "strategy.pdf", bytes: Buffer.from(`%PDF-1.7\n${text}`) });

describe("publishing a consultation", () => {
  it("blocks on the checklist, then publishes with a recorded reason for a short period", async () => {
    const input = services.validation.ZConsultationSchema.parse(
      consultationForm(uniqueSlug("flow"), new Date(Date.now() + 86_400_000), 4),
    );
    const { id } = await services.save.createConsultation(officer, input);
    const blocked = await fieldErrorsOf(
      services.lifecycle.publishConsultation(officer, { consultationId: id, periodReason: null }),
    );
    expect(Object.keys(blocked).sort()).toEqual(["check-questionnaire", "periodReason"]);
    await world.db.questionnaire.create({
      data: { consultationId: id, format: "STANDARD", draft: {}, versions: { create: { number: 1, definition: {} } } },
    });
    await services.lifecycle.publishConsultation(officer, { consultationId: id, periodReason: "A statutory deadline" });
    const saved = await world.db.consultation.findUniqueOrThrow({ where: { id }, include: { checklists: true } });
    expect(saved.stage).toBe("PUBLISHED");
    expect(JSON.stringify(saved.checklists[0].items)).toContain("A statutory deadline");
    expect(await world.auditCount({ targetId: id, action: "consultation.publish" })).toBe(1);
  });

  it("refuses a renamed file by its content, keeps old versions, and logs replacements publicly", async () => {
    const c = await makeConsultation(world.db, "open");
    const fields = {
      consultationId: c.id,
      documentId: null,
      title: "Draft strategy",
      kind: "FULL_STRATEGY",
      versionLabel: "Version 1",
      changeNote: null,
    };
    const refused = await fieldErrorsOf(
      services.upload.uploadDocument(officer, fields, { name: "strategy.pdf", bytes: Buffer.from("MZ not a pdf") }),
    );
    expect(refused.file?.[0]).toMatch(/must be a PDF/);
    const first = await services.upload.uploadDocument(officer, fields, pdf("one"));
    await services.upload.uploadDocument(
      officer,
      { ...fields, documentId: first.documentId, versionLabel: "Version 2", changeNote: "Corrected the figures" },
      pdf("two"),
    );
    const versions = await world.db.documentVersion.findMany({
      where: { documentId: first.documentId },
      orderBy: { createdAt: "asc" },
    });
    expect(versions.map((v) => v.versionLabel)).toEqual(["Version 1", "Version 2"]);
    const file = await services.files.getDocumentFile(versions[0].id, { slug: c.slug, includeDrafts: false });
    expect(await text(file.stream)).toContain("one");
    expect(new Headers(services.files.documentHeaders(file)).get("content-disposition")).toMatch(
      /^attachment; filename="strategy.pdf"/,
    );
    const log = await world.db.consultationChange.findMany({ where: { consultationId: c.id } });
    expect(log.map((l) => l.summary).join(" ")).toContain("Corrected the figures");
  });

  it("refuses files over the size limit", async () => {
    const big = { name: "big.pdf", bytes: new Uint8Array(services.upload.maxUploadBytes() + 1) };
    expect(() => services.upload.checkFile(big)).toThrow(/not valid/);
  });

  it("extends a closing date into the public log and finds the consultation by words and status", async () => {
    const c = await makeConsultation(world.db, "open", { title: "Respite for carers in Wycombe" });
    const closesAt = new Date(Date.now() + 200 * 86_400_000);
    await services.lifecycle.extendConsultation(officer, { consultationId: c.id, closesAt });
    const saved = await world.db.consultation.findUniqueOrThrow({ where: { id: c.id }, include: { changes: true } });
    expect(saved.originalClosesAt).not.toBeNull();
    expect(saved.changes[0].summary).toMatch(/^Closing date extended to/);
    const found = await services.search.searchPublicConsultations({ q: "respite wycombe", status: "open" });
    expect(found.items.map((i) => i.slug)).toEqual([c.slug]);
    expect((await services.search.searchPublicConsultations({ q: "respite wycombe", status: "closed" })).total).toBe(0);
  });
});

describe("outcome email updates", () => {
  it("double opt-in, then one outcome email with a working unsubscribe link", async () => {
    const c = await makeConsultation(world.db, "open");
    const email = `parent-${Date.now()}@example.com`;
    await services.subs.subscribeToOutcome({ slug: c.slug, email }, { ip: "192.0.2.50" });
    const confirm = world.mail().find((m) => m.to.includes(email) && /Confirm/.test(m.subject));
    const token = /confirm\?token=(\S+)/.exec(confirm!.text)![1];
    expect(await services.subs.confirmSubscription(c.slug, decodeURIComponent(token))).not.toBeNull();
    await world.db.consultation.update({
      where: { id: c.id },
      data: {
        closesAt: new Date(Date.now() - 1000),
        outcomeDecision: "Agreed",
        outcomeSummary: "Most agreed",
        outcomeChanges: "More clubs",
        outcomeDecidedAt: new Date(),
      },
    });
    expect((await services.outcome.publishOutcome(officer, { consultationId: c.id })).queued).toBe(1);
    const outcome = world.mail().find((m) => m.to.includes(email) && /Outcome published/.test(m.subject));
    expect(outcome?.text).toContain(`/consultations/${c.slug}/outcome`);
    const unsubscribeToken = /unsubscribe\?token=(\S+)/.exec(outcome!.text)![1];
    expect(await services.subs.unsubscribe(c.slug, decodeURIComponent(unsubscribeToken))).not.toBeNull();
    expect(await world.auditCount({ targetId: c.id, action: "consultation.outcomePublish" })).toBe(1);
  });
});

describe("the updates form cannot flood an inbox (issue #15)", () => {
  const confirmations = (email: string) =>
    world.mail().filter((m) => m.to.includes(email) && /Confirm/.test(m.subject)).length;
  const outcomeOf = async (call: Promise<unknown>) => {
    try {
      await call;
      return "sent";
    } catch (error) {
      return (error as { code?: string }).code ?? "other";
    }
  };

  it("sends one confirmation for repeated requests, keeps the first link working, and refuses past the limit", async () => {
    const c = await makeConsultation(world.db, "open");
    const email = `victim-${Date.now()}@example.org`;
    const answers: string[] = [];
    // 12 posts from 12 addresses (a botnet, or a forged header before the fix).
    for (let i = 0; i < 12; i++)
      answers.push(await outcomeOf(services.subs.subscribeToOutcome({ slug: c.slug, email }, { ip: `10.9.0.${i}` })));
    expect(confirmations(email)).toBe(1);
    // The first three get the same answer whether or not mail went out; then the address is limited.
    expect(answers.slice(0, 3)).toEqual(["sent", "sent", "sent"]);
    expect(answers.slice(3).every((a) => a === "RATE_LIMITED")).toBe(true);
    const first = world.mail().find((m) => m.to.includes(email) && /Confirm/.test(m.subject))!;
    const token = decodeURIComponent(/confirm\?token=(\S+)/.exec(first.text)![1]);
    expect(await services.subs.confirmSubscription(c.slug, token)).not.toBeNull();
  });

  it("sends again once a day has passed without confirming", async () => {
    const c = await makeConsultation(world.db, "open");
    const email = `later-${Date.now()}@example.org`;
    await services.subs.subscribeToOutcome({ slug: c.slug, email }, { ip: "192.0.2.61" });
    await world.db.outcomeSubscription.updateMany({
      where: { email },
      data: { confirmSentAt: new Date(Date.now() - services.subs.CONFIRMATION_RESEND_AFTER_MS - 1000) },
    });
    await services.subs.subscribeToOutcome({ slug: c.slug, email }, { ip: "192.0.2.62" });
    expect(confirmations(email)).toBe(2);
  });

  it("refuses one IP naming many addresses", async () => {
    const c = await makeConsultation(world.db, "open");
    const results: string[] = [];
    for (let i = 0; i < 21; i++)
      results.push(
        await outcomeOf(
          services.subs.subscribeToOutcome(
            { slug: c.slug, email: `probe-${i}-${Date.now()}@example.org` },
            { ip: "198.51.100.77" },
          ),
        ),
      );
    expect(results.filter((r) => r === "sent")).toHaveLength(20);
    expect(results.at(-1)).toBe("RATE_LIMITED");
  });
});
