// A published outcome for its public page, or null (never drafts or unpublished outcomes).
import "server-only";
import { db } from "@/lib/db";

export async function getPublishedOutcome(slug: string) {
  return db().consultation.findFirst({
    where: { slug, stage: "OUTCOME_PUBLISHED" },
    select: { slug: true, title: true, summary: true, outcomeDecision: true, outcomeSummary: true, outcomeChanges: true, outcomeDecidedAt: true, outcomePublishedAt: true },
  });
}
