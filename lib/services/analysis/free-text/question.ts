// Shared reads of the free-text work: which questions are open (free text), their submitted
// answers in a fixed order (so runs are deterministic), and a codebook's latest version.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { TCodebook } from "@/lib/analysis/text/codebook";
import type { TOfficerDecisions } from "@/lib/analysis/text/assignment";
import { ZStoredCodes, type TStoredCode } from "@/lib/validation/themes";
import { analysisDefinitions } from "../scope";

type Tx = Prisma.TransactionClient;

export type TOpenQuestion = {
  key: string;
  title: string;
  /**
   * Where the question is asked: its page, and its number on the page when the page asks the
   * same thing twice. Many pages ask "Why do you disagree?", so links to a question name this
   * too (issue #17).
   */
  place: string;
};

/** "Activity fees", or "Flexible and sustainable support, question 4" where the page repeats the title. */
function placeOf(section: { title: string; questions: ReadonlyArray<{ title: string }> }, index: number): string {
  const title = section.questions[index].title;
  const repeated = section.questions.filter((q) => q.title === title).length > 1;
  return repeated ? `${section.title}, question ${index + 1}` : section.title;
}

/** The consultation's free-text questions (short and long text), from its newest standard version first. */
export async function openQuestions(consultationId: string): Promise<TOpenQuestion[]> {
  const { standard } = await analysisDefinitions(consultationId);
  const seen = new Map<string, TOpenQuestion>();
  for (const d of standard) {
    for (const section of d.sections) {
      section.questions.forEach((q, index) => {
        if ((q.type === "longText" || q.type === "shortText") && !seen.has(q.key))
          seen.set(q.key, { key: q.key, title: q.title, place: placeOf(section, index) });
      });
    }
  }
  return [...seen.values()];
}

export async function requireOpenQuestion(consultationId: string, questionKey: string): Promise<TOpenQuestion> {
  const q = (await openQuestions(consultationId)).find((x) => x.key === questionKey);
  if (!q) throw new AppError("NOT_FOUND", "We could not find that free-text question.");
  return q;
}

export type TFreeTextAnswer = { answerId: string; text: string; respondentName?: string };

/** Non-blank answers on submitted responses, ordered by answer id so every run sees the same order. */
export async function submittedAnswers(
  tx: Tx,
  consultationId: string,
  questionKey: string,
): Promise<TFreeTextAnswer[]> {
  const rows = await tx.answer.findMany({
    where: { questionKey, text: { not: null }, response: { consultationId, status: "SUBMITTED" } },
    select: { id: true, text: true, response: { select: { contact: { select: { name: true } } } } },
    orderBy: { id: "asc" },
  });
  return rows
    .filter((r) => r.text && r.text.trim() !== "")
    .map((r) => ({ answerId: r.id, text: r.text as string, respondentName: r.response.contact?.name ?? undefined }));
}

type TText = { answerId: string; text: string };

// Code-unit order, not localeCompare: the same on every machine whatever its ICU data.
const byText = (a: TText, b: TText) =>
  a.text < b.text ? -1 : a.text > b.text ? 1 : a.answerId < b.answerId ? -1 : a.answerId > b.answerId ? 1 : 0;

/**
 * The question's redacted answers, what the assigner scores, ordered by the text itself: ties
 * inside the assigner (neighbours, feedback) and the order of every seed then never depend on
 * database ids or on the order answers arrived in. Equal texts have equal vectors, so which of
 * them comes first cannot change a score.
 */
export async function redactedTexts(tx: Tx, consultationId: string, questionKey: string): Promise<TText[]> {
  return (
    await tx.redactedAnswer.findMany({ where: { consultationId, questionKey }, select: { answerId: true, text: true } })
  ).sort(byText);
}

export type TDecided = { answerId: string; codeId: string; status: string };

/**
 * Officer decisions on a codebook's answers (issue #9 review queue): the rows, which a re-score
 * never touches, the accepted and rejected answers per theme as positions in `answers`, which
 * the assigner uses as examples and negative evidence, and the fully reviewed answers' positions.
 */
export async function answerDecisions(
  tx: Tx,
  codebookId: string,
  answers: TText[],
): Promise<{ decided: TDecided[]; decisions: TOfficerDecisions; reviewed: number[] }> {
  const [decided, open] = await Promise.all([
    tx.themeAssignment.findMany({
      where: { codebookId, OR: [{ status: { not: "SUGGESTED" } }, { assignedBy: "OFFICER" }] },
      select: { answerId: true, codeId: true, status: true },
    }),
    tx.themeAssignment.findMany({
      where: { codebookId, status: "SUGGESTED" },
      select: { answerId: true },
      distinct: ["answerId"],
    }),
  ]);
  const index = new Map(answers.map((a, i) => [a.answerId, i]));
  const decisions = new Map<string, { accepted: number[]; rejected: number[] }>();
  for (const row of decided) {
    const at = index.get(row.answerId);
    if (at === undefined || (row.status !== "ACCEPTED" && row.status !== "REJECTED")) continue;
    const mine = decisions.get(row.codeId) ?? { accepted: [], rejected: [] };
    (row.status === "ACCEPTED" ? mine.accepted : mine.rejected).push(at);
    decisions.set(row.codeId, mine);
  }
  // Fully reviewed (issue #22): the officer decided on the answer and left nothing open on it, so a
  // theme they did not accept is one that does not apply (a negative for the learned model).
  const waiting = new Set(open.map((r) => r.answerId));
  const reviewed = [...new Set(decided.filter((d) => !waiting.has(d.answerId)).map((d) => index.get(d.answerId)))]
    .filter((i) => i !== undefined)
    .sort((a, b) => a - b);
  return { decided, decisions, reviewed };
}

export type TVersion = { id: string; number: number; codes: TStoredCode[]; note: string; createdAt: Date };

export async function latestVersion(tx: Tx, codebookId: string): Promise<TVersion | null> {
  const v = await tx.codebookVersion.findFirst({ where: { codebookId }, orderBy: { number: "desc" } });
  return v && { id: v.id, number: v.number, codes: ZStoredCodes.parse(v.codes), note: v.note, createdAt: v.createdAt };
}

/** The assigner's codebook: pinned examples become their redacted texts. */
export function toAssignerCodebook(codes: TStoredCode[], redacted: Map<string, string>): TCodebook {
  return {
    codes: codes.map((c) => ({
      id: c.id,
      name: c.name,
      description: c.description,
      examples: c.examples.flatMap((a) => (redacted.has(a) ? [redacted.get(a) as string] : [])),
      fallback: c.fallback,
    })),
  };
}
