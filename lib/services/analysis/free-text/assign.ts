// Multi-label assignment of a question's redacted answers to the latest codebook version.
// Re-scoring replaces only the system's open suggestions: anything an officer accepted,
// rejected or added stays as it is, so an edit to the codebook never undoes a decision. Those
// decisions feed back into the scores (issue #9 review queue): accepted answers are positive
// examples of their theme, rejected ones negative evidence (see lib/analysis/text/assignment.ts).
// Event feedback points are re-scored alongside (event-point-scoring.ts), counted apart.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TEvidence } from "@/lib/analysis/text/assignment";
import type { TStoredCode } from "@/lib/validation/themes";
import { rescoreEventPoints } from "./event-point-scoring";
import { learnedModel } from "@/lib/analysis/text/learning-memo";
import { answerDecisions, latestVersion, redactedTexts, toAssignerCodebook } from "./question";

type Tx = Prisma.TransactionClient;

export type TRescore = {
  codebookId: string;
  consultationId: string;
  questionKey: string;
  versionNumber: number;
  codes: TStoredCode[];
};

/** Open suggestions after a re-score, and how many (answer, theme) pairs appeared or went. */
export type TRescored = { suggested: number; appeared: number; withdrawn: number };

/** Serialises everything that writes a codebook's versions or suggestions (edits, reviews, re-scores). */
export async function lockCodebook(tx: Tx, codebookId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Codebook" WHERE id = ${codebookId} FOR UPDATE`;
}

export async function rescore(tx: Tx, input: TRescore): Promise<TRescored> {
  const answers = await redactedTexts(tx, input.consultationId, input.questionKey);
  const byId = new Map(answers.map((a) => [a.answerId, a.text]));
  const codebook = toAssignerCodebook(input.codes, byId);
  const known = new Set(input.codes.map((c) => c.id));
  const texts = answers.map((a) => a.text);
  const { decided, decisions, reviewed } = await answerDecisions(tx, input.codebookId, answers);
  // The learned model (issue #22): today's scorer when there are no decisions. Remembered, so the
  // review page that follows this save shows the same model without training it again.
  const nothing = codebook.codes.length === 0 || texts.length === 0;
  const codings = nothing ? [] : learnedModel({ texts, codebook, decisions, reviewed }).codings;
  const keep = new Set(decided.map((d) => `${d.answerId}:${d.codeId}`));
  const rows = codings.flatMap((c) =>
    c.labels
      // Fallback ids the codebook lacks ("OTHER") are not stored: every codebook carries its own.
      .filter((l) => known.has(l.codeId) && !keep.has(`${answers[c.index].answerId}:${l.codeId}`))
      .map((l) => ({
        answerId: answers[c.index].answerId,
        codeId: l.codeId,
        score: l.score,
        confidence: c.confidence,
        evidence: storedEvidence(l.evidence, answers),
      })),
  );
  const rescored = await writeSuggestions(tx, input, rows);
  // Event feedback points coded against this question follow the same codebook version and decisions.
  await rescoreEventPoints(tx, input, answers, decisions);
  return rescored;
}

/** Evidence as stored: the reviewed answers it resembles named by answer id, not by position in this run. */
function storedEvidence(evidence: TEvidence, answers: { answerId: string }[]): TEvidence {
  if (!evidence.resembles) return evidence;
  return {
    ...evidence,
    resembles: evidence.resembles.map((r) => ({
      index: r.index,
      id: answers[r.index].answerId,
      similarity: r.similarity,
    })),
  };
}

type TSuggestion = { answerId: string; codeId: string; score: number; confidence: number; evidence: unknown };

/**
 * Replaces the codebook's open system suggestions with `rows`. A suggestion that is still made
 * keeps its row (and id), only its score, confidence and evidence change: another officer's
 * review page, loaded before this re-score, can still save its decisions on it.
 */
async function writeSuggestions(tx: Tx, input: TRescore, rows: TSuggestion[]): Promise<TRescored> {
  const open = { codebookId: input.codebookId, status: "SUGGESTED" as const, assignedBy: "SYSTEM" as const };
  const before = new Map(
    (await tx.themeAssignment.findMany({ where: open, select: { id: true, answerId: true, codeId: true } })).map(
      (r) => [`${r.answerId}:${r.codeId}`, r.id],
    ),
  );
  const after = new Set(rows.map((r) => `${r.answerId}:${r.codeId}`));
  const gone = [...before].filter(([key]) => !after.has(key)).map(([, id]) => id);
  const kept = rows.flatMap((r) => {
    const id = before.get(`${r.answerId}:${r.codeId}`);
    return id ? [{ id, score: r.score, confidence: r.confidence, evidence: r.evidence }] : [];
  });
  const added = rows.filter((r) => !before.has(`${r.answerId}:${r.codeId}`));
  if (gone.length) await tx.themeAssignment.deleteMany({ where: { id: { in: gone } } });
  // One statement for every kept row, the rows passed as one JSON parameter (as the import does):
  // row-by-row updates would take seconds on a large consultation.
  if (kept.length) {
    await tx.$executeRaw`
      UPDATE "ThemeAssignment" AS t SET "score" = v."score", "confidence" = v."confidence", "evidence" = v."evidence", "versionNumber" = ${input.versionNumber}
      FROM json_to_recordset(${JSON.stringify(kept)}::json) AS v("id" text, "score" float8, "confidence" float8, "evidence" jsonb)
      WHERE t."id" = v."id"`;
  }
  await tx.themeAssignment.createMany({
    data: added.map((r) => ({
      ...r,
      codebookId: input.codebookId,
      evidence: r.evidence as Prisma.InputJsonValue,
      assignedBy: "SYSTEM" as const,
      status: "SUGGESTED" as const,
      versionNumber: input.versionNumber,
    })),
  });
  return { suggested: rows.length, appeared: added.length, withdrawn: gone.length };
}

/**
 * After review decisions: the remaining open suggestions re-scored against the latest codebook
 * version. The caller already holds lockCodebook (taken before it checked and wrote its
 * decisions); the version is read here, under that lock, so a concurrent edit is not missed.
 */
export async function rescoreAfterReview(tx: Tx, codebookId: string): Promise<TRescored> {
  const codebook = await tx.codebook.findUniqueOrThrow({ where: { id: codebookId } });
  const version = await latestVersion(tx, codebookId);
  if (!version) return { suggested: 0, appeared: 0, withdrawn: 0 };
  return rescore(tx, {
    codebookId,
    consultationId: codebook.consultationId,
    questionKey: codebook.questionKey,
    versionNumber: version.number,
    codes: version.codes,
  });
}
