// A published outcome for its public page, or null (never drafts or unpublished outcomes).
import "server-only";
import { db } from "@/lib/db";
import { PUBLISHED_ORGANISATION_RESPONSE } from "@/lib/services/respond/organisation-responses";

export async function getPublishedOutcome(slug: string) {
  return db().consultation.findFirst({
    where: { slug, stage: "OUTCOME_PUBLISHED" },
    select: {
      slug: true,
      title: true,
      summary: true,
      outcomeDecision: true,
      outcomeSummary: true,
      outcomeChanges: true,
      outcomeDecidedAt: true,
      outcomePublishedAt: true,
      // For the link to the organisation responses published in full.
      _count: { select: { responses: { where: PUBLISHED_ORGANISATION_RESPONSE } } },
    },
  });
}
