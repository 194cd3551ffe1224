// Issue #19 item 5: an instance shutting down stops claiming email, finishes the message it is
// sending, and hands the rest of its batch straight back, so another instance sends them now
// rather than after the lease.
import { afterAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deliverPendingEmails, stopClaimingEmails } from "@/lib/services/email-outbox/deliver-pending";

afterAll(() => {
  delete (globalThis as { hysOutboxStopping?: boolean }).hysOutboxStopping;
});

it("hands back the unsent rest of a claimed batch when told to stop mid-batch", async () => {
  const at = new Date();
  const tag = `shutdown-${Date.now()}`;
  await db().emailOutbox.createMany({
    // Due long before anything other tests left in the outbox, so the batch of three is these.
    data: [1, 2, 3].map((n) => ({
      to: `${tag}-${n}@example.org`,
      subject: "Your receipt",
      text: "Thanks",
      kind: tag,
      createdAt: at,
      nextAttemptAt: new Date(Date.UTC(2000, 0, 1, 0, 0, n)),
    })),
  });
  const sent: string[] = [];
  const result = await deliverPendingEmails({
    now: at,
    batchSize: 3,
    send: async (mail) => {
      sent.push(mail.to);
      // SIGTERM arrives while the first message is being sent.
      stopClaimingEmails();
    },
  });
  expect(result.sent).toBe(1);
  const rows = await db().emailOutbox.findMany({ where: { kind: tag }, orderBy: { to: "asc" } });
  const unsent = rows.filter((r) => !sent.includes(r.to));
  expect(unsent).toHaveLength(2);
  for (const row of unsent) {
    expect(row.status).toBe("PENDING");
    expect(row.attempts).toBe(0);
    expect(row.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
  }
  // A stopping instance claims nothing more.
  expect(await deliverPendingEmails({ now: new Date(), send: async () => undefined })).toEqual({
    sent: 0,
    retrying: 0,
    failed: 0,
  });
});
