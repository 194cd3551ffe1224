// "We asked, you said, we did" (issue #4 §4). Officers write the outcome while the consultation
// is closed; publishing it changes the stage and queues an email to every confirmed subscriber
// in the same transaction, so a subscriber is never missed when the mail server is down.
import "server-only";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { canPublishOutcome } from "@/lib/consultations/lifecycle";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { deliverQueuedMail } from "@/lib/services/subscriptions/deliver-mail";
import { outcomeMail } from "@/lib/email/templates/subscription-emails";
import { hashToken, newToken } from "@/lib/services/subscriptions/tokens";

export type TOutcomeInput = {
  consultationId: string;
  outcomeDecision: string;
  outcomeSummary: string;
  outcomeChanges: string;
  outcomeDecidedAt: Date;
};

export async function saveOutcome(actor: StaffPrincipal | null, input: TOutcomeInput): Promise<{ id: string }> {
  const staff = requirePermission(actor, "outcome.edit");
  const { consultationId, ...data } = input;
  const c = await db().consultation.findUnique({ where: { id: consultationId }, select: { stage: true } });
  if (!c) throw new AppError("NOT_FOUND", "We could not find that consultation.");
  if (c.stage === "DRAFT") throw new AppError("CONFLICT", "Publish the consultation before writing its outcome.");
  return db().$transaction(async (tx) => {
    await tx.consultation.update({ where: { id: consultationId }, data });
    await recordAuditEvent(tx, {
      actor: staff,
      action: "consultation.outcomeEdit",
      targetType: "Consultation",
      targetId: consultationId,
    });
    return { id: consultationId };
  });
}

export async function publishOutcome(
  actor: StaffPrincipal | null,
  input: { consultationId: string },
): Promise<{ id: string; queued: number }> {
  const staff = requirePermission(actor, "outcome.publish");
  const c = await db().consultation.findUnique({ where: { id: input.consultationId } });
  if (!c) throw new AppError("NOT_FOUND", "We could not find that consultation.");
  const at = now();
  if (!canPublishOutcome(c, at))
    throw new AppError(
      "CONFLICT",
      "You can publish the outcome once the consultation has closed and before the outcome is published.",
    );
  if (!c.outcomeDecision || !c.outcomeSummary || !c.outcomeChanges || !c.outcomeDecidedAt) {
    throw new AppError(
      "INVALID_INPUT",
      "Write the decision, the summary of responses, what changed and the date of the decision first.",
    );
  }
  const ids = await db().$transaction(async (tx) => {
    const changed = await tx.consultation.updateMany({
      where: { id: c.id, stage: "PUBLISHED" },
      data: { stage: "OUTCOME_PUBLISHED", outcomePublishedAt: at },
    });
    if (changed.count === 0) throw new AppError("CONFLICT", "The outcome is already published.");
    const subscribers = await tx.outcomeSubscription.findMany({
      where: { consultationId: c.id, confirmedAt: { not: null }, unsubscribedAt: null, notifiedAt: null },
    });
    const queued: string[] = [];
    for (const s of subscribers) {
      // Only hashes are stored, so each outcome email carries a fresh unsubscribe token.
      const token = newToken();
      await tx.outcomeSubscription.update({ where: { id: s.id }, data: { tokenHash: hashToken(token) } });
      const mail = outcomeMail(c, s.email, token);
      const row = await tx.emailOutbox.create({
        data: { ...mail, kind: "outcome.published", createdAt: at, nextAttemptAt: at },
        select: { id: true },
      });
      queued.push(row.id);
    }
    await tx.outcomeSubscription.updateMany({
      where: { id: { in: subscribers.map((s) => s.id) } },
      data: { notifiedAt: at },
    });
    await recordAuditEvent(tx, {
      actor: staff,
      action: "consultation.outcomePublish",
      targetType: "Consultation",
      targetId: c.id,
      detail: `${queued.length} subscriber emails queued`,
    });
    return queued;
  });
  await deliverQueuedMail(ids);
  return { id: c.id, queued: ids.length };
}
