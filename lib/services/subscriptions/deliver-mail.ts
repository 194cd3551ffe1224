// Sends rows already queued in EmailOutbox (after the transaction that queued them has
// committed). A failure leaves the row PENDING with the error, for a retrying worker.
import "server-only";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { sendMail } from "@/lib/email/transport";

export async function deliverQueuedMail(ids: readonly string[]): Promise<number> {
  let sent = 0;
  for (const id of ids) {
    const row = await db().emailOutbox.findUnique({ where: { id } });
    if (!row || row.status !== "PENDING") continue;
    try {
      await sendMail({ to: row.to, subject: row.subject, text: row.text, html: row.html ?? undefined });
      await db().emailOutbox.update({
        where: { id },
        data: { status: "SENT", sentAt: now(), attempts: { increment: 1 } },
      });
      sent += 1;
    } catch (error) {
      console.error("[mail] outbox delivery failed", error);
      await db().emailOutbox.update({
        where: { id },
        data: { attempts: { increment: 1 }, lastError: String(error).slice(0, 500) },
      });
    }
  }
  return sent;
}
