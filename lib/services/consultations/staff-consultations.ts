// What officers see of consultations: drafts included, with documents and the checklist facts.
import "server-only";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { consultationStatus } from "@/lib/consultations/status";
import { evaluateChecklist, type TChecklistFacts } from "@/lib/consultations/publish-checklist";

export async function listStaffConsultations(actor: StaffPrincipal | null) {
  requirePermission(actor, "consultation.read");
  const at = now();
  const rows = await db().consultation.findMany({
    select: {
      id: true,
      slug: true,
      title: true,
      stage: true,
      opensAt: true,
      closesAt: true,
      closedEarlyAt: true,
      updatedAt: true,
    },
    orderBy: { updatedAt: "desc" },
  });
  return rows.map((row) => ({ ...row, status: consultationStatus(row, at) }));
}

export async function getStaffConsultation(actor: StaffPrincipal | null, id: string) {
  requirePermission(actor, "consultation.read");
  const consultation = await db().consultation.findUnique({
    where: { id },
    include: {
      owner: { select: { id: true, name: true, email: true, active: true } },
      proposals: { orderBy: { position: "asc" } },
      topics: { orderBy: { position: "asc" } },
      events: { orderBy: { startsAt: "asc" } },
      documents: { orderBy: { position: "asc" }, include: { versions: { orderBy: { createdAt: "desc" } } } },
      questionnaires: { select: { format: true, _count: { select: { versions: true } } } },
      checklists: { orderBy: { createdAt: "desc" }, take: 1 },
      // The officer preview renders the public page, change log included.
      changes: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!consultation) throw new AppError("NOT_FOUND", "We could not find that consultation.");
  const at = now();
  return { consultation, status: consultationStatus(consultation, at), now: at };
}

export type StaffConsultation = Awaited<ReturnType<typeof getStaffConsultation>>["consultation"];

export function checklistFacts(c: StaffConsultation): TChecklistFacts {
  const published = (format: string) => c.questionnaires.some((q) => q.format === format && q._count.versions > 0);
  return {
    reasons: c.reasons,
    documentKinds: c.documents.filter((d) => d.versions.length > 0).map((d) => d.kind),
    hasPublishedQuestionnaire: published("STANDARD") || published("EASY_READ"),
    hasEasyReadQuestionnaire: published("EASY_READ"),
    contactRole: c.contactRole,
    contactEmail: c.contactEmail,
    privacyNotice: c.privacyNotice,
    opensAt: c.opensAt,
    closesAt: c.closesAt,
    isServiceChange: c.isServiceChange,
    audiences: c.audiences,
  };
}

export const checklistFor = (c: StaffConsultation, periodReason?: string | null) =>
  evaluateChecklist(checklistFacts(c), periodReason ? { period: periodReason } : {});
