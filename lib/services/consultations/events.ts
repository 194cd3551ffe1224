// Engagement events on a consultation (issue #4 §1): drop-ins, meetings, focus groups.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TEventInput } from "@/lib/validation/consultation";

async function stageOf(consultationId: string) {
  const c = await db().consultation.findUnique({ where: { id: consultationId }, select: { stage: true } });
  if (!c) throw new AppError("NOT_FOUND", "We could not find that consultation.");
  return c.stage;
}

export async function addEvent(actor: StaffPrincipal | null, input: TEventInput): Promise<{ id: string }> {
  const staff = requirePermission(actor, "consultation.edit");
  const stage = await stageOf(input.consultationId);
  return db().$transaction(async (tx) => {
    await tx.engagementEvent.create({ data: input });
    await recordAuditEvent(tx, {
      actor: staff,
      action: stage === "DRAFT" ? "consultation.edit" : "consultation.editAfterOpen",
      targetType: "Consultation",
      targetId: input.consultationId,
      detail: `Added event: ${input.title}`,
    });
    return { id: input.consultationId };
  });
}

export async function removeEvent(
  actor: StaffPrincipal | null,
  input: { consultationId: string; eventId: string },
): Promise<{ id: string }> {
  const staff = requirePermission(actor, "consultation.edit");
  const stage = await stageOf(input.consultationId);
  return db().$transaction(async (tx) => {
    const removed = await tx.engagementEvent.deleteMany({
      where: { id: input.eventId, consultationId: input.consultationId },
    });
    if (removed.count === 0) throw new AppError("NOT_FOUND", "We could not find that event.");
    await recordAuditEvent(tx, {
      actor: staff,
      action: stage === "DRAFT" ? "consultation.edit" : "consultation.editAfterOpen",
      targetType: "Consultation",
      targetId: input.consultationId,
      detail: "Removed an event",
    });
    return { id: input.consultationId };
  });
}
