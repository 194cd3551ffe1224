// A response in words, page by page: what "Check your answers", the receipt page and the
// receipt email show. Only pages and questions the respondent was shown are listed, so a
// follow-up they never saw does not appear as "Not answered".
import type { TAnswers } from "@/lib/questionnaire/answers/answer-values";
import { evaluateVisibility } from "@/lib/questionnaire/conditions/conditions";
import { describeAnswerLines } from "@/lib/questionnaire/answers/summary";
import { answerableQuestions, journeyPages, pageSlug, type TJourney } from "./journey";

export type TSummaryRow = { questionKey: string; question: string; lines: string[]; answered: boolean };

export type TSummarySection = {
  sectionKey: string;
  /** The page address segment, for "Change" links. */
  slug: string;
  title: string;
  /** Equality monitoring pages: shown to the respondent on "Check your answers" only. */
  equality: boolean;
  rows: TSummaryRow[];
};

/** How a drawing or photo sent with a free-text answer is listed (issue #7). */
export const drawingLine = (fileName: string): string => `Your drawing or photo: ${fileName}`;

/** `drawings`: question key → the file name of a drawing or photo sent with that answer. */
export function summariseAnswers(
  journey: TJourney,
  answers: TAnswers,
  options: { includeEquality: boolean; drawings?: Readonly<Record<string, string>> },
): TSummarySection[] {
  const { questions } = evaluateVisibility(journey.definition, answers);
  return journeyPages(journey, answers)
    .map((section) => ({
      section,
      equality: answerableQuestions(section).some((q) => journey.equalityKeys.has(q.key)),
    }))
    .filter(({ equality }) => options.includeEquality || !equality)
    .map(({ section, equality }) => ({
      sectionKey: section.key,
      slug: pageSlug(section.key),
      title: section.title,
      equality,
      rows: answerableQuestions(section)
        .filter((q) => questions.has(q.key))
        .map((q) => {
          const drawing = options.drawings?.[q.key];
          const answered = answers[q.key] !== undefined;
          // A drawing on its own answers the question: no "Not answered" above it.
          const lines = [
            ...(answered || !drawing ? describeAnswerLines(q, answers[q.key]) : []),
            ...(drawing ? [drawingLine(drawing)] : []),
          ];
          return { questionKey: q.key, question: q.title, lines, answered: answered || drawing !== undefined };
        }),
    }))
    .filter((section) => section.rows.length > 0);
}
