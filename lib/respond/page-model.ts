// What a questionnaire page needs to render, from the journey and the saved answers: shared by
// the online respondent's pages and staff entry (issue #8), so both show the same page.
import type { TAnswers } from "@/lib/questionnaire/answers/answer-values";
import { validateAnswers } from "@/lib/questionnaire/answers/build-answer-schema";
import { splitConditionTarget } from "@/lib/questionnaire/conditions/conditions";
import { describeShowIf } from "@/lib/questionnaire/conditions/condition-text";
import type { TSection } from "@/lib/questionnaire/definition/definition";
import { toFormDefaults } from "@/lib/questionnaire/forms/form-data";
import { definitionUpTo, type TJourney } from "./journey";

/** `today` is London's date (yyyy-mm-dd); `showProblems` re-checks saved answers, e.g. after a refused submit. */
export function questionPageModel(
  journey: TJourney,
  answers: TAnswers,
  section: TSection,
  today: string,
  showProblems: boolean,
) {
  const pageKeys = new Set(section.questions.map((q) => q.key));
  const answersSoFar: TAnswers = Object.fromEntries(Object.entries(answers).filter(([key]) => !pageKeys.has(key)));
  const conditionHints: Record<string, string> = {};
  for (const question of section.questions) {
    const onThisPage = question.showIf?.conditions.some((c) => pageKeys.has(splitConditionTarget(c.questionKey)[0]));
    const text = onThisPage ? describeShowIf(journey.definition, question.showIf) : undefined;
    if (text) conditionHints[question.key] = text;
  }
  const defaults = toFormDefaults(journey.definition, answers, section.key);
  const savedInput = Object.fromEntries(Object.entries(answers).filter(([key]) => pageKeys.has(key)));
  const problems = showProblems
    ? validateAnswers(journey.definition, savedInput, { sectionKey: section.key, answersSoFar, today })
    : undefined;
  return {
    definition: definitionUpTo(journey, section.key),
    answersSoFar,
    today,
    defaults,
    conditionHints,
    fieldErrors: problems && !problems.ok ? problems.fieldErrors : undefined,
  };
}
