// Published consultations for the sitemap and the Atom feed, newest first.
import "server-only";
import { db } from "@/lib/db";
import { PUBLIC_STAGES } from "@/lib/consultations/status";

export async function listFeedEntries(limit = 100) {
  return db().consultation.findMany({
    where: { stage: { in: [...PUBLIC_STAGES] } },
    select: {
      slug: true,
      title: true,
      summary: true,
      stage: true,
      publishedAt: true,
      updatedAt: true,
      opensAt: true,
      closesAt: true,
    },
    orderBy: { publishedAt: "desc" },
    take: limit,
  });
}
