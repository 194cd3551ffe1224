// Sends queued emails. Each batch is claimed with FOR UPDATE SKIP LOCKED and leased by pushing
// nextAttemptAt forward, so several app instances (or an overlapping tick) never pick the same
// message; a message is marked SENT straight after the SMTP server accepts it. A failure is
// retried with growing gaps, and after MAX_ATTEMPTS it is marked FAILED for staff to see.
import "server-only";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { sendMail, type OutgoingMail } from "@/lib/email/transport";

export const MAX_ATTEMPTS = 8;
/** Minutes to wait after the nth failed attempt: 1, 5, 15, 30, 60, 120, 240 … */
const BACKOFF_MINUTES = [1, 5, 15, 30, 60, 120, 240];
/** How long a claimed message is hidden from other workers while this one sends it. */
const LEASE_MS = 2 * 60_000;

export function retryDelayMs(attempts: number): number {
  return BACKOFF_MINUTES[Math.min(attempts, BACKOFF_MINUTES.length) - 1] * 60_000;
}

type Claimed = { id: string; to: string; subject: string; text: string; html: string | null; attempts: number };

export type TDeliverOptions = {
  now?: Date;
  batchSize?: number;
  /** The sender; tests pass one bound to a particular SMTP server. */
  send?: (mail: OutgoingMail) => Promise<unknown>;
};

export type TDeliverResult = { sent: number; retrying: number; failed: number };

// Set when this instance is shutting down (issue #19): the batch in hand stops after the
// message being sent, and the rest are handed back at once rather than waiting out the lease.
const shutdown = globalThis as unknown as { hysOutboxStopping?: boolean };
export function stopClaimingEmails(): void {
  shutdown.hysOutboxStopping = true;
}

async function handBack(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db()
    .$executeRaw`UPDATE "EmailOutbox" SET "nextAttemptAt" = ${clockNow()}, "attempts" = "attempts" - 1 WHERE "id" = ANY(${ids}) AND "status" = 'PENDING'`;
}

async function claim(at: Date, batchSize: number): Promise<Claimed[]> {
  const leaseUntil = new Date(at.getTime() + LEASE_MS);
  return db().$queryRaw<Claimed[]>`
    UPDATE "EmailOutbox" SET "nextAttemptAt" = ${leaseUntil}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "EmailOutbox"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${at}
      ORDER BY "nextAttemptAt"
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "to", "subject", "text", "html", "attempts"`;
}

/** Sends what is due now. Safe to call from several places at once. */
export async function deliverPendingEmails(options: TDeliverOptions = {}): Promise<TDeliverResult> {
  const at = options.now ?? clockNow();
  const send = options.send ?? sendMail;
  const result: TDeliverResult = { sent: 0, retrying: 0, failed: 0 };
  if (shutdown.hysOutboxStopping) return result;
  const claimed = await claim(at, options.batchSize ?? 20);
  for (const [index, message] of claimed.entries()) {
    if (shutdown.hysOutboxStopping) {
      await handBack(claimed.slice(index).map((m) => m.id));
      break;
    }
    try {
      await send({ to: message.to, subject: message.subject, text: message.text, html: message.html ?? undefined });
      await db().emailOutbox.update({
        where: { id: message.id },
        data: { status: "SENT", sentAt: clockNow(), lastError: null },
      });
      result.sent++;
    } catch (error) {
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const giveUp = message.attempts >= MAX_ATTEMPTS;
      await db().emailOutbox.update({
        where: { id: message.id },
        data: giveUp
          ? { status: "FAILED", lastError }
          : { lastError, nextAttemptAt: new Date(at.getTime() + retryDelayMs(message.attempts)) },
      });
      if (giveUp) result.failed++;
      else result.retrying++;
    }
  }
  return result;
}
