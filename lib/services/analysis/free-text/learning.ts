// What the officer's decisions have taught the theme suggestions (issue #22), for the review
// page: the queue's default order ("Most useful first"), how many decisions there are, how many
// suggestions they changed, and the estimated agreement on the answers nobody has reviewed
// (held-out decisions). Worked out from the same inputs and code as the re-score (assign.ts), so
// the order is about exactly the suggestions stored.
import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { changedSuggestions, mostUsefulFirst } from "@/lib/analysis/text/learning-summary";
import { agreementEstimate, codebookOnly, learnedModel } from "@/lib/analysis/text/learning-memo";
import { answerDecisions, redactedTexts, toAssignerCodebook } from "./question";
import { codebookFor } from "./review";

export type TLearningView = {
  /** Answers with open suggestions, most useful to review first. */
  order: string[];
  /** Officer decisions so far: accepted, rejected and added themes. */
  decisions: number;
  /** (Answer, theme) suggestions on answers not decided that differ from the codebook's alone. */
  changed: number;
  /** Estimated sample-F1 agreement on the rest, 0–1; undefined until enough answers are reviewed. */
  agreement?: number;
};

export async function learningView(
  actor: StaffPrincipal | null,
  input: { consultationId: string; questionKey: string },
): Promise<TLearningView> {
  requirePermission(actor, "analysis.read");
  const { id: codebookId, version } = await codebookFor(input.consultationId, input.questionKey);
  const answers = await redactedTexts(db(), input.consultationId, input.questionKey);
  const { decided, decisions, reviewed } = await answerDecisions(db(), codebookId, answers);
  const open = await db().themeAssignment.findMany({
    where: { codebookId, status: "SUGGESTED" },
    select: { answerId: true },
    distinct: ["answerId"],
  });
  const texts = answers.map((a) => a.text);
  const assigner = toAssignerCodebook(version.codes, new Map(answers.map((a) => [a.answerId, a.text])));
  const count = decided.filter((d) => d.status !== "SUGGESTED").length;
  if (texts.length === 0 || assigner.codes.every((c) => c.fallback))
    return { order: open.map((o) => o.answerId).sort(), decisions: count, changed: 0 };
  // Remembered per exact input (learning-memo.ts): the save that led here already trained this model.
  const learnInput = { texts, codebook: assigner, decisions, reviewed };
  const learned = learnedModel(learnInput);
  const position = new Map(answers.map((a, i) => [a.answerId, i]));
  const candidates = open.flatMap((o) => (position.has(o.answerId) ? [position.get(o.answerId)!] : []));
  return {
    order: mostUsefulFirst(learned, candidates).map((i) => answers[i].answerId),
    decisions: count,
    changed: learned.learned ? changedSuggestions(codebookOnly(learnInput), learned.codings, new Set(reviewed)) : 0,
    agreement: learned.learned ? agreementEstimate(learnInput, learned.codeIds) : undefined,
  };
}

export type TReviewedAnswer = { answerId: string; text: string; accepted: string[]; rejected: string[] };

/** A reviewed answer that a suggestion's evidence names: its redacted text and the officer's decisions. */
export async function reviewedAnswer(
  actor: StaffPrincipal | null,
  input: { consultationId: string; questionKey: string; answerId: string },
): Promise<TReviewedAnswer | null> {
  requirePermission(actor, "analysis.read");
  const { id: codebookId, version } = await codebookFor(input.consultationId, input.questionKey);
  const answer = await db().redactedAnswer.findUnique({
    where: { answerId: input.answerId },
    select: { answerId: true, text: true, consultationId: true, questionKey: true },
  });
  if (!answer || answer.consultationId !== input.consultationId || answer.questionKey !== input.questionKey)
    return null;
  const rows = await db().themeAssignment.findMany({
    where: { codebookId, answerId: input.answerId, status: { in: ["ACCEPTED", "REJECTED"] } },
    select: { codeId: true, status: true },
  });
  const names = new Map(version.codes.map((c) => [c.id, c.name]));
  const named = (status: string) =>
    rows
      .filter((r) => r.status === status)
      .map((r) => names.get(r.codeId) ?? r.codeId)
      .sort();
  return { answerId: answer.answerId, text: answer.text, accepted: named("ACCEPTED"), rejected: named("REJECTED") };
}
