// Publishing, extending and closing early (issue #4 §2–3). Publishing stores the checklist it
// passed, with any override reason; extensions and early closes go in the public change log.
import "server-only";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { checkCloseEarly, checkExtension, closedEarlyNote, extensionNote } from "@/lib/consultations/lifecycle";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { checklistFor, getStaffConsultation } from "./staff-consultations";

export type PublishOutcome = { id: string };

export async function publishConsultation(
  actor: StaffPrincipal | null,
  input: { consultationId: string; periodReason: string | null },
): Promise<PublishOutcome> {
  const staff = requirePermission(actor, "consultation.publish");
  const { consultation } = await getStaffConsultation(staff, input.consultationId);
  if (consultation.stage !== "DRAFT") throw new AppError("CONFLICT", "This consultation is already published.");
  const result = checklistFor(consultation, input.periodReason);
  if (!result.canPublish) {
    const fieldErrors: Record<string, string[]> = {};
    for (const item of result.blocking)
      (fieldErrors[item.overridable ? "periodReason" : `check-${item.id}`] ??= []).push(item.message);
    throw new AppError("INVALID_INPUT", undefined, fieldErrors);
  }
  const at = now();
  return db().$transaction(async (tx) => {
    // Guarded on the stage so two officers publishing at once cannot both succeed.
    const changed = await tx.consultation.updateMany({
      where: { id: consultation.id, stage: "DRAFT" },
      data: { stage: "PUBLISHED", publishedAt: at },
    });
    if (changed.count === 0) throw new AppError("CONFLICT", "This consultation is already published.");
    await tx.publishChecklist.create({
      data: { consultationId: consultation.id, items: result.items, createdById: staff.id, createdAt: at },
    });
    const overrides = result.items
      .filter((i) => i.overrideReason)
      .map((i) => `${i.id} overridden: ${i.overrideReason}`);
    const warned = result.warnings.map((i) => `warning: ${i.id}`);
    await recordAuditEvent(tx, {
      actor: staff,
      action: "consultation.publish",
      targetType: "Consultation",
      targetId: consultation.id,
      detail: [consultation.title, ...overrides, ...warned].join("; "),
    });
    return { id: consultation.id };
  });
}

async function liveConsultation(id: string) {
  const c = await db().consultation.findUnique({
    where: { id },
    select: { id: true, stage: true, opensAt: true, closesAt: true, originalClosesAt: true, closedEarlyAt: true },
  });
  if (!c) throw new AppError("NOT_FOUND", "We could not find that consultation.");
  return c;
}

export async function extendConsultation(
  actor: StaffPrincipal | null,
  input: { consultationId: string; closesAt: Date },
): Promise<{ id: string }> {
  const staff = requirePermission(actor, "consultation.publish");
  const c = await liveConsultation(input.consultationId);
  const at = now();
  const check = checkExtension(c, input.closesAt, at);
  if (!check.ok) throw new AppError("INVALID_INPUT", undefined, { [check.field]: [check.message] });
  return db().$transaction(async (tx) => {
    await tx.consultation.update({
      where: { id: c.id },
      data: { closesAt: input.closesAt, originalClosesAt: c.originalClosesAt ?? c.closesAt },
    });
    await tx.consultationChange.create({
      data: { consultationId: c.id, summary: extensionNote(input.closesAt), createdAt: at },
    });
    await recordAuditEvent(tx, {
      actor: staff,
      action: "consultation.extend",
      targetType: "Consultation",
      targetId: c.id,
      detail: `${c.closesAt.toISOString()} → ${input.closesAt.toISOString()}`,
    });
    return { id: c.id };
  });
}

export async function closeConsultationEarly(
  actor: StaffPrincipal | null,
  input: { consultationId: string; reason: string },
): Promise<{ id: string }> {
  const staff = requirePermission(actor, "consultation.publish");
  const c = await liveConsultation(input.consultationId);
  const at = now();
  const check = checkCloseEarly(c, input.reason, at);
  if (!check.ok) throw new AppError("INVALID_INPUT", undefined, { [check.field]: [check.message] });
  return db().$transaction(async (tx) => {
    await tx.consultation.update({ where: { id: c.id }, data: { closedEarlyAt: at, closedEarlyReason: input.reason } });
    await tx.consultationChange.create({
      data: { consultationId: c.id, summary: closedEarlyNote(at, input.reason), createdAt: at },
    });
    await recordAuditEvent(tx, {
      actor: staff,
      action: "consultation.closeEarly",
      targetType: "Consultation",
      targetId: c.id,
      detail: input.reason,
    });
    return { id: c.id };
  });
}
