// Multi-label assignment of a question's redacted answers to the latest codebook version.
// Re-scoring replaces only the system's open suggestions: anything an officer accepted,
// rejected or added stays as it is, so an edit to the codebook never undoes a decision.
// Event feedback points are re-scored alongside (event-point-scoring.ts), counted apart.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_ASSIGN_OPTIONS, prepareResponses, scoreResponses } from "@/lib/analysis/text/assignment";
import type { TStoredCode } from "@/lib/validation/themes";
import { rescoreEventPoints } from "./event-point-scoring";
import { redactedTexts, toAssignerCodebook } from "./question";

type Tx = Prisma.TransactionClient;

export type TRescore = { codebookId: string; consultationId: string; questionKey: string; versionNumber: number; codes: TStoredCode[] };

export async function rescore(tx: Tx, input: TRescore): Promise<{ suggested: number }> {
  const answers = await redactedTexts(tx, input.consultationId, input.questionKey);
  const byId = new Map(answers.map((a) => [a.answerId, a.text]));
  const codebook = toAssignerCodebook(input.codes, byId);
  const known = new Set(input.codes.map((c) => c.id));
  const texts = answers.map((a) => a.text);
  const codings = codebook.codes.length === 0 || texts.length === 0 ? [] : scoreResponses(prepareResponses(texts), texts, codebook, DEFAULT_ASSIGN_OPTIONS);
  const decided = await tx.themeAssignment.findMany({
    where: { codebookId: input.codebookId, OR: [{ status: { not: "SUGGESTED" } }, { assignedBy: "OFFICER" }] },
    select: { answerId: true, codeId: true },
  });
  const keep = new Set(decided.map((d) => `${d.answerId}:${d.codeId}`));
  await tx.themeAssignment.deleteMany({ where: { codebookId: input.codebookId, status: "SUGGESTED", assignedBy: "SYSTEM" } });
  const rows = codings.flatMap((c) =>
    c.labels
      // Fallback ids the codebook lacks ("OTHER") are not stored: every codebook carries its own.
      .filter((l) => known.has(l.codeId) && !keep.has(`${answers[c.index].answerId}:${l.codeId}`))
      .map((l) => ({
        codebookId: input.codebookId,
        answerId: answers[c.index].answerId,
        codeId: l.codeId,
        score: l.score,
        confidence: c.confidence,
        evidence: l.evidence as unknown as Prisma.InputJsonValue,
        assignedBy: "SYSTEM" as const,
        status: "SUGGESTED" as const,
        versionNumber: input.versionNumber,
      })),
  );
  await tx.themeAssignment.createMany({ data: rows });
  // Event feedback points coded against this question follow the same codebook version.
  await rescoreEventPoints(tx, input, answers);
  return { suggested: rows.length };
}
