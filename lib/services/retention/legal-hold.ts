// A legal hold (issue #21): while a consultation is, for example, the subject of a judicial
// review, the retention schedule leaves all of its data alone. Placing and lifting one needs
// settings.manage and a reason, and each is audited.
import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TLegalHold, TLegalHoldLift } from "@/lib/validation/retention";

async function lockedRetention(tx: Prisma.TransactionClient, consultationId: string) {
  const consultation = await tx.consultation.findUnique({
    where: { id: consultationId },
    select: { id: true, title: true },
  });
  if (!consultation) throw new AppError("NOT_FOUND");
  await tx.$executeRaw`INSERT INTO "ConsultationRetention" ("consultationId") VALUES (${consultationId}) ON CONFLICT DO NOTHING`;
  const [row] = await tx.$queryRaw<{ legalHoldReason: string | null }[]>`
    SELECT "legalHoldReason" FROM "ConsultationRetention" WHERE "consultationId" = ${consultationId} FOR UPDATE`;
  return { consultation, held: row.legalHoldReason !== null };
}

export async function setLegalHold(actor: StaffPrincipal | null, input: TLegalHold): Promise<{ id: string }> {
  const admin = requirePermission(actor, "settings.manage");
  return db().$transaction(async (tx) => {
    const { consultation, held } = await lockedRetention(tx, input.consultationId);
    if (held) throw new AppError("CONFLICT", "This consultation is already under a legal hold.");
    await tx.consultationRetention.update({
      where: { consultationId: consultation.id },
      data: { legalHoldReason: input.reason, legalHoldSince: now(), legalHoldById: admin.id },
    });
    await recordAuditEvent(tx, {
      actor: admin,
      action: "retention.legalHold",
      targetType: "Consultation",
      targetId: consultation.id,
      detail: `${consultation.title}: ${input.reason}`,
    });
    return { id: consultation.id };
  });
}

export async function liftLegalHold(actor: StaffPrincipal | null, input: TLegalHoldLift): Promise<{ id: string }> {
  const admin = requirePermission(actor, "settings.manage");
  return db().$transaction(async (tx) => {
    const { consultation, held } = await lockedRetention(tx, input.consultationId);
    if (!held) throw new AppError("CONFLICT", "This consultation is not under a legal hold.");
    await tx.consultationRetention.update({
      where: { consultationId: consultation.id },
      data: { legalHoldReason: null, legalHoldSince: null, legalHoldById: null },
    });
    await recordAuditEvent(tx, {
      actor: admin,
      action: "retention.legalHoldLift",
      targetType: "Consultation",
      targetId: consultation.id,
      detail: `${consultation.title}: ${input.reason}`,
    });
    return { id: consultation.id };
  });
}
