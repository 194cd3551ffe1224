// Published consultations for the sitemap and the Atom feed, newest first.
import "server-only";
import { db } from "@/lib/db";

export async function listFeedEntries(limit = 100) {
  return db().consultation.findMany({
    where: { stage: { in: ["PUBLISHED", "OUTCOME_PUBLISHED"] } },
    select: { slug: true, title: true, summary: true, stage: true, publishedAt: true, updatedAt: true, opensAt: true, closesAt: true },
    orderBy: { publishedAt: "desc" },
    take: limit,
  });
}
