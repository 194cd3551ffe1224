// The consultations the retention plan (lib/retention/plan.ts) is made from, with their legal
// holds and the steps already applied.
import "server-only";
import { db } from "@/lib/db";
import type { TConsultationFacts } from "@/lib/retention/plan";

export async function consultationFacts(where: { id?: string } = {}): Promise<TConsultationFacts[]> {
  const rows = await db().consultation.findMany({
    where: { stage: { not: "DRAFT" }, ...where },
    select: {
      id: true,
      title: true,
      stage: true,
      opensAt: true,
      closesAt: true,
      closedEarlyAt: true,
      outcomePublishedAt: true,
      retention: true,
    },
    orderBy: { closesAt: "asc" },
  });
  return rows.map(({ retention, ...c }) => ({
    ...c,
    legalHoldReason: retention?.legalHoldReason ?? null,
    done: {
      drafts: retention?.draftsDoneAt,
      equality: retention?.equalityDoneAt,
      freeText: retention?.freeTextDoneAt,
      contacts: retention?.contactsDoneAt,
      files: retention?.filesDoneAt,
    },
  }));
}
