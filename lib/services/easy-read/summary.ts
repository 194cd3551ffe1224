// Officers edit the consultation's Easy Read summary (issue #7, point 5): the blocks shown
// picture-left on /consultations/[slug]/easy-read-summary. Audited as an edit of the
// consultation, in the same transaction as the change.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import type { TEasyReadSummary } from "@/lib/questionnaire/easy-read/summary";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";

export async function saveEasyReadSummary(
  actor: StaffPrincipal | null,
  consultationId: string,
  summary: TEasyReadSummary | null,
): Promise<{ id: string }> {
  const staff = requirePermission(actor, "consultation.edit");
  return db().$transaction(async (tx) => {
    const found = await tx.consultation.findUnique({ where: { id: consultationId }, select: { id: true } });
    if (!found) throw new AppError("NOT_FOUND", "We could not find that consultation.");
    await tx.consultation.update({
      where: { id: consultationId },
      data: { easyReadSummary: summary ?? Prisma.DbNull },
    });
    const detail = summary
      ? `Easy Read summary saved (${summary.length} ${summary.length === 1 ? "block" : "blocks"})`
      : "Easy Read summary removed";
    await recordAuditEvent(tx, {
      actor: staff,
      action: "consultation.edit",
      targetType: "Consultation",
      targetId: consultationId,
      detail,
    });
    return { id: consultationId };
  });
}
