// The hub's search: words, topic, audience and status, a page at a time (issue #4 §4).
// Status is derived from the dates at request time, so filtering happens after loading the
// published list; a council publishes tens of consultations a year, not thousands.
import "server-only";
import { db } from "@/lib/db";
import { now as clockNow } from "@/lib/clock";
import { consultationStatus, type ConsultationStatus } from "@/lib/consultations/status";
import { PUBLIC_STAGES } from "@/lib/consultations/status";

export const PAGE_SIZE = 10;

export type TConsultationSearch = { q?: string; topic?: string; audience?: string; status?: string; page?: number };

export async function searchPublicConsultations(search: TConsultationSearch) {
  const at = clockNow();
  const rows = await db().consultation.findMany({
    where: { stage: { in: [...PUBLIC_STAGES] } },
    select: {
      slug: true,
      title: true,
      summary: true,
      body: true,
      stage: true,
      opensAt: true,
      closesAt: true,
      closedEarlyAt: true,
      audiences: true,
      outcomePublishedAt: true,
      topics: { select: { label: true } },
    },
    orderBy: { opensAt: "desc" },
  });
  const words = (search.q ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const items = rows
    .map(({ body, topics, ...row }) => ({
      ...row,
      topics: topics.map((t) => t.label),
      text: `${row.title} ${row.summary} ${body}`.toLowerCase(),
      status: consultationStatus(row, at),
    }))
    .filter((i) => words.every((w) => i.text.includes(w)))
    .filter((i) => !search.topic || i.topics.includes(search.topic))
    .filter((i) => !search.audience || i.audiences.includes(search.audience as never))
    .filter(
      (i) => !search.status || i.status === search.status || (search.status === "closed" && i.status === "outcome"),
    );
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, search.page ?? 1), pages);
  const allTopics = [...new Set(rows.flatMap((r) => r.topics.map((t) => t.label)))].sort();
  return {
    now: at,
    total: items.length,
    page,
    pages,
    items: items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map(({ text: _text, ...item }) => item),
    topics: allTopics,
  };
}

/** Published outcomes, newest first, for "We asked, you said, we did". */
export async function listPublishedOutcomes(limit = 5) {
  return db().consultation.findMany({
    where: { stage: "OUTCOME_PUBLISHED" },
    select: { slug: true, title: true, outcomeDecision: true, outcomePublishedAt: true, outcomeDecidedAt: true },
    orderBy: { outcomePublishedAt: "desc" },
    take: limit,
  });
}

export type TStatusFilter = Exclude<ConsultationStatus, "draft" | "outcome">;
