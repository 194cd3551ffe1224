// Reviewing the system's suggestions: the codebook as the review pages show it, and the queue
// (most useful answers first). Officers only ever see the redacted text here. The decisions
// themselves are in review-decisions.ts.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import type { TEvidence } from "@/lib/analysis/text/assignment";
import { HIGH_CONFIDENCE } from "@/lib/validation/themes";
import { eventPointCounts } from "./event-point-scoring";
import { latestVersion, type TVersion } from "./question";

export async function codebookFor(
  consultationId: string,
  questionKey: string,
): Promise<{ id: string; version: TVersion }> {
  const codebook = await db().codebook.findUnique({
    where: { consultationId_questionKey: { consultationId, questionKey } },
  });
  const version = codebook && (await latestVersion(db(), codebook.id));
  if (!codebook || !version)
    throw new AppError(
      "NOT_FOUND",
      "This question has no codebook yet. Accept a candidate theme or add a theme first.",
    );
  return { id: codebook.id, version };
}

export type TCodeSummary = {
  id: string;
  name: string;
  description: string;
  origin: string;
  fallback: boolean;
  examples: { answerId: string; text: string }[];
  suggested: number;
  /** Open suggestions at or above HIGH_CONFIDENCE, which bulk accept can take on their own. */
  highConfidence: number;
  accepted: number;
  rejected: number;
  /** Event feedback points an officer accepted under this theme: event feedback, never in the comment counts or percentages. */
  eventPoints: number;
};
export type TCodebookView = {
  codebookId: string;
  versionNumber: number;
  versions: { number: number; note: string; createdAt: Date }[];
  codes: TCodeSummary[];
  /** Answers to the question with a redacted copy: the base of each theme's percentage. */
  commenters: number;
};

export async function codebookView(
  actor: StaffPrincipal | null,
  consultationId: string,
  questionKey: string,
): Promise<TCodebookView | null> {
  requirePermission(actor, "analysis.read");
  const codebook = await db().codebook.findUnique({
    where: { consultationId_questionKey: { consultationId, questionKey } },
    include: { versions: { orderBy: { number: "desc" }, select: { number: true, note: true, createdAt: true } } },
  });
  const version = codebook && (await latestVersion(db(), codebook.id));
  if (!codebook || !version) return null;
  const exampleIds = version.codes.flatMap((c) => c.examples);
  // Independent reads, run together: this view is read on every codebook, theme and review page.
  const [counts, sure, commenters, examples, points] = await Promise.all([
    db().themeAssignment.groupBy({
      by: ["codeId", "status"],
      where: { codebookId: codebook.id },
      _count: { _all: true },
    }),
    db().themeAssignment.groupBy({
      by: ["codeId"],
      where: { codebookId: codebook.id, status: "SUGGESTED", confidence: { gte: HIGH_CONFIDENCE } },
      _count: { _all: true },
    }),
    db().redactedAnswer.count({ where: { consultationId, questionKey } }),
    db().redactedAnswer.findMany({ where: { answerId: { in: exampleIds } }, select: { answerId: true, text: true } }),
    eventPointCounts(codebook.id),
  ]);
  const count = (codeId: string, status: string) =>
    counts.find((c) => c.codeId === codeId && c.status === status)?._count._all ?? 0;
  const texts = new Map(examples.map((r) => [r.answerId, r.text]));
  return {
    codebookId: codebook.id,
    versionNumber: version.number,
    versions: codebook.versions,
    commenters,
    codes: version.codes.map((c) => ({
      id: c.id,
      name: c.name,
      description: c.description,
      origin: c.origin,
      fallback: Boolean(c.fallback),
      highConfidence: sure.find((x) => x.codeId === c.id)?._count._all ?? 0,
      examples: c.examples.flatMap((a) => (texts.has(a) ? [{ answerId: a, text: texts.get(a) as string }] : [])),
      suggested: count(c.id, "SUGGESTED"),
      accepted: count(c.id, "ACCEPTED"),
      rejected: count(c.id, "REJECTED"),
      eventPoints: points.get(c.id) ?? 0,
    })),
  };
}

export type TQueueItem = {
  answerId: string;
  text: string;
  confidence: number;
  suggestions: {
    assignmentId: string;
    codeId: string;
    codeName: string;
    score: number;
    evidence: TEvidence;
    /** Reviewed answers this one resembles (learned model), with their redacted text. */
    resembles?: { answerId: string; text: string; similarity: number }[];
  }[];
};

/**
 * Answers with open suggestions: in `order` when given (the learned "Most useful first", see
 * learning.ts), else least confident first (ties by answer id, so the order is stable).
 */
export async function reviewQueue(
  actor: StaffPrincipal | null,
  input: { consultationId: string; questionKey: string; codeId?: string; limit?: number; order?: string[] },
): Promise<{ total: number; items: TQueueItem[] }> {
  requirePermission(actor, "analysis.read");
  const { id, version } = await codebookFor(input.consultationId, input.questionKey);
  const where = { codebookId: id, status: "SUGGESTED" as const, ...(input.codeId && { codeId: input.codeId }) };
  const grouped = await db().themeAssignment.groupBy({
    by: ["answerId"],
    where,
    _min: { confidence: true },
    orderBy: [{ _min: { confidence: "asc" } }, { answerId: "asc" }],
  });
  const waiting = new Set(grouped.map((g) => g.answerId));
  const ordered = input.order ? input.order.filter((a) => waiting.has(a)) : grouped.map((g) => g.answerId);
  const page = ordered.slice(0, input.limit ?? 20);
  const rows = await db().themeAssignment.findMany({
    where: { codebookId: id, status: "SUGGESTED", answerId: { in: page } },
    include: { answer: { select: { redacted: { select: { text: true } } } } },
    orderBy: [{ score: "desc" }, { codeId: "asc" }],
  });
  const names = new Map(version.codes.map((c) => [c.id, c.name]));
  const items = page.map((answerId) => {
    const mine = rows.filter((r) => r.answerId === answerId);
    return {
      answerId,
      text: mine[0]?.answer.redacted?.text ?? "",
      confidence: Math.min(...mine.map((r) => r.confidence)),
      suggestions: mine.map((r) => ({
        assignmentId: r.id,
        codeId: r.codeId,
        codeName: names.get(r.codeId) ?? r.codeId,
        score: r.score,
        evidence: r.evidence as unknown as TEvidence,
      })),
    };
  });
  return { total: grouped.length, items: await withResembledTexts(items) };
}

/** The reviewed answers a suggestion resembles, with their redacted text, for the evidence links. */
async function withResembledTexts(items: TQueueItem[]): Promise<TQueueItem[]> {
  const ids = [
    ...new Set(
      items.flatMap((i) =>
        i.suggestions.flatMap((s) => (s.evidence.resembles ?? []).flatMap((r) => (r.id ? [r.id] : []))),
      ),
    ),
  ];
  if (ids.length === 0) return items;
  const texts = new Map(
    (
      await db().redactedAnswer.findMany({ where: { answerId: { in: ids } }, select: { answerId: true, text: true } })
    ).map((r) => [r.answerId, r.text]),
  );
  return items.map((item) => ({
    ...item,
    suggestions: item.suggestions.map((s) => ({
      ...s,
      resembles: (s.evidence.resembles ?? []).flatMap((r) =>
        r.id && texts.has(r.id) ? [{ answerId: r.id, text: texts.get(r.id)!, similarity: r.similarity }] : [],
      ),
    })),
  }));
}
