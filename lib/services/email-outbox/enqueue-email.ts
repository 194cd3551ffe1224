// The email outbox (ARCHITECTURE.md "Background work"): a message is written as a row in the
// same transaction as the change that causes it, and lib/services/email-outbox/deliver-pending.ts
// sends it afterwards. A failed send is retried later; it never undoes the change.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { now } from "@/lib/clock";
import type { TEmail } from "@/lib/email/templates/html";

export type TOutboxClient = Pick<Prisma.TransactionClient, "emailOutbox">;

/** Queues one message. Call it with the transaction client of the change that causes the email. */
export async function enqueueEmail(
  tx: TOutboxClient,
  message: { to: string; kind: string; email: TEmail },
): Promise<void> {
  await tx.emailOutbox.create({
    data: {
      to: message.to,
      kind: message.kind,
      subject: message.email.subject,
      text: message.email.text,
      html: message.email.html,
      nextAttemptAt: now(),
    },
  });
}
