// Scoring event feedback points against a question's codebook (issue #8): the same assignment
// code as answers (scoreResponses), run over the question's redacted answers plus the points, so
// a point gets the vocabulary and neighbours of the comments it sits among. Only the points'
// codings are stored, in EventPointTheme: the answers' own suggestions come from rescore alone,
// and points never enter the comment counts. Officer decisions survive every re-score.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  DEFAULT_ASSIGN_OPTIONS,
  prepareResponses,
  scoreResponses,
  type TOfficerDecisions,
} from "@/lib/analysis/text/assignment";
import type { TStoredCode } from "@/lib/validation/themes";
import { answerDecisions, latestVersion, redactedTexts, toAssignerCodebook } from "./question";

type Tx = Prisma.TransactionClient;

export type TPointRescore = {
  codebookId: string;
  consultationId: string;
  questionKey: string;
  versionNumber: number;
  codes: TStoredCode[];
};

/** Replaces the system's open suggestions for the points of every event coded against this question. */
export async function rescoreEventPoints(
  tx: Tx,
  input: TPointRescore,
  answers: { answerId: string; text: string }[],
  decisions: TOfficerDecisions,
): Promise<{ suggested: number }> {
  await tx.eventPointTheme.deleteMany({
    where: { codebookId: input.codebookId, status: "SUGGESTED", assignedBy: "SYSTEM" },
  });
  const points = await tx.eventFeedbackPoint.findMany({
    where: { event: { consultationId: input.consultationId, themeQuestionKey: input.questionKey } },
    select: { id: true, text: true },
    orderBy: { id: "asc" },
  });
  const codebook = toAssignerCodebook(input.codes, new Map(answers.map((a) => [a.answerId, a.text])));
  if (points.length === 0 || codebook.codes.length === 0) return { suggested: 0 };
  const texts = [...answers.map((a) => a.text), ...points.map((p) => p.text)];
  // The officers' decisions on answers shape the themes for points too (points come after the
  // answers, so the decisions' positions still hold).
  const codings = scoreResponses(prepareResponses(texts), texts, codebook, DEFAULT_ASSIGN_OPTIONS, decisions).filter(
    (c) => c.index >= answers.length,
  );
  const decided = await tx.eventPointTheme.findMany({
    where: { codebookId: input.codebookId },
    select: { pointId: true, codeId: true },
  });
  const keep = new Set(decided.map((d) => `${d.pointId}:${d.codeId}`));
  const known = new Set(input.codes.map((c) => c.id));
  const rows = codings.flatMap((c) => {
    const pointId = points[c.index - answers.length].id;
    return c.labels
      .filter((l) => known.has(l.codeId) && !keep.has(`${pointId}:${l.codeId}`))
      .map((l) => ({
        codebookId: input.codebookId,
        pointId,
        codeId: l.codeId,
        score: l.score,
        confidence: c.confidence,
        evidence: l.evidence as unknown as Prisma.InputJsonValue,
        assignedBy: "SYSTEM" as const,
        status: "SUGGESTED" as const,
        versionNumber: input.versionNumber,
      }));
  });
  await tx.eventPointTheme.createMany({ data: rows });
  return { suggested: rows.length };
}

/**
 * A codebook edit that removes `fromId`: officer decisions on event points follow a merge to
 * `toId` (unless the point already has that theme); on a split (no `toId`) they go, and the
 * re-score suggests the new themes for the officer to decide again.
 */
export async function moveEventPointDecisions(
  tx: Tx,
  codebookId: string,
  fromId: string,
  toId?: string,
): Promise<void> {
  if (toId) {
    const rows = await tx.eventPointTheme.findMany({
      where: { codebookId, codeId: fromId, OR: [{ status: { not: "SUGGESTED" } }, { assignedBy: "OFFICER" }] },
    });
    for (const row of rows) {
      const clash = await tx.eventPointTheme.findUnique({
        where: { codebookId_pointId_codeId: { codebookId, pointId: row.pointId, codeId: toId } },
      });
      if (clash?.status === "SUGGESTED" && clash.assignedBy === "SYSTEM")
        await tx.eventPointTheme.delete({ where: { id: clash.id } });
      if (!clash || (clash.status === "SUGGESTED" && clash.assignedBy === "SYSTEM"))
        await tx.eventPointTheme.update({ where: { id: row.id }, data: { codeId: toId } });
    }
  }
  await tx.eventPointTheme.deleteMany({ where: { codebookId, codeId: fromId } });
}

/** After an event's points change: re-suggest themes for the question its points are coded against, if it has a codebook. */
export async function rescoreQuestionPoints(
  tx: Tx,
  consultationId: string,
  questionKey: string,
): Promise<{ suggested: number }> {
  const codebook = await tx.codebook.findUnique({
    where: { consultationId_questionKey: { consultationId, questionKey } },
  });
  const version = codebook && (await latestVersion(tx, codebook.id));
  if (!codebook || !version) return { suggested: 0 };
  const answers = await redactedTexts(tx, consultationId, questionKey);
  const { decisions } = await answerDecisions(tx, codebook.id, answers);
  return rescoreEventPoints(
    tx,
    { codebookId: codebook.id, consultationId, questionKey, versionNumber: version.number, codes: version.codes },
    answers,
    decisions,
  );
}

/** Accepted event points per theme of a codebook: counted apart from comments, never in a percentage. */
export async function eventPointCounts(codebookId: string): Promise<Map<string, number>> {
  const rows = await db().eventPointTheme.groupBy({
    by: ["codeId"],
    where: { codebookId, status: "ACCEPTED" },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.codeId, r._count._all]));
}
