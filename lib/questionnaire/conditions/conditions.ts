// The one evaluator for "show this question or page only when…" (issue #5). The browser,
// the server action, the seed generator and exports all call it, so a respondent is never
// asked something the server then discards, or the reverse.
//
// Semantics:
//   equals      the answer's values, as a set, are exactly `values`
//   includes    the answer has at least one of `values`
//   notIncludes the answer has none of `values`; an unanswered question has none
// A condition on a question that is itself hidden is false whatever the operator, so hiding
// A hides everything that hangs off A, however long the chain (and a "not chosen" follow-up
// is never asked about a question the respondent never saw).
import type { TCondition, TDisplayRule, TQuestion, TQuestionnaireDefinition, TSection } from "../definition/definition";
import type { TAnswerValue, TAnswers } from "../answers/answer-values";

/** `grid.statement` → ["grid", "statement"]; a plain key → [key, undefined]. */
export function splitConditionTarget(target: string): [questionKey: string, statementKey: string | undefined] {
  const dot = target.indexOf(".");
  return dot === -1 ? [target, undefined] : [target.slice(0, dot), target.slice(dot + 1)];
}

/**
 * The values a condition compares against: option keys for choices, the ranked keys for a
 * ranking, the number or text itself otherwise. Works from the value's shape, so it needs
 * no definition.
 */
export function answerTokens(value: TAnswerValue | undefined, statementKey?: string): string[] {
  if (value === undefined) return [];
  if (typeof value === "string") return [value];
  if (typeof value === "number") return [String(value)];
  if (Array.isArray(value)) return value;
  if ("optionKeys" in value && Array.isArray(value.optionKeys)) return value.optionKeys;
  if ("optionKey" in value && typeof value.optionKey === "string") return [value.optionKey];
  // A Likert grid: statement key → option key.
  const grid = value as Record<string, string>;
  if (statementKey !== undefined) return grid[statementKey] === undefined ? [] : [grid[statementKey]];
  return [...new Set(Object.values(grid))];
}

function conditionHolds(condition: TCondition, answers: TAnswers, hidden: ReadonlySet<string>): boolean {
  const [questionKey, statementKey] = splitConditionTarget(condition.questionKey);
  if (hidden.has(questionKey)) return false;
  const tokens = answerTokens(answers[questionKey], statementKey);
  switch (condition.operator) {
    case "equals":
      return tokens.length === new Set(condition.values).size && condition.values.every((v) => tokens.includes(v));
    case "includes":
      return condition.values.some((v) => tokens.includes(v));
    case "notIncludes":
      return !condition.values.some((v) => tokens.includes(v));
  }
}

/**
 * Whether a question or section with this rule is shown. No rule: always shown.
 * `hidden` lists question keys already known to be hidden (see the file comment).
 */
export function isVisible(
  rule: TDisplayRule | undefined,
  answers: TAnswers,
  hidden: ReadonlySet<string> = new Set(),
): boolean {
  if (!rule || rule.conditions.length === 0) return true;
  const results = rule.conditions.map((condition) => conditionHolds(condition, answers, hidden));
  return (rule.combinator ?? "and") === "or" ? results.some(Boolean) : results.every(Boolean);
}

export type TVisibility = {
  sections: ReadonlySet<string>;
  questions: ReadonlySet<string>;
  /** Question keys hidden by their own rule or their section's. */
  hidden: ReadonlySet<string>;
};

/**
 * Walks the questionnaire in order and decides what is shown. Answers to hidden questions
 * are ignored, so a stale answer left from before the respondent changed their mind cannot
 * keep a follow-up visible.
 */
export function evaluateVisibility(definition: TQuestionnaireDefinition, answers: TAnswers): TVisibility {
  const sections = new Set<string>();
  const questions = new Set<string>();
  const hidden = new Set<string>();
  for (const section of definition.sections) {
    const sectionShown = isVisible(section.showIf, answers, hidden);
    if (sectionShown) sections.add(section.key);
    for (const question of section.questions) {
      if (sectionShown && isVisible(question.showIf, answers, hidden)) questions.add(question.key);
      else hidden.add(question.key);
    }
  }
  return { sections, questions, hidden };
}

export function visibleSections(definition: TQuestionnaireDefinition, answers: TAnswers): TSection[] {
  const { sections } = evaluateVisibility(definition, answers);
  return definition.sections.filter((s) => sections.has(s.key));
}

/** Shown questions in order, across shown sections (information blocks included). */
export function visibleQuestions(definition: TQuestionnaireDefinition, answers: TAnswers): TQuestion[] {
  const { questions } = evaluateVisibility(definition, answers);
  return definition.sections.flatMap((s) => s.questions.filter((q) => questions.has(q.key)));
}

/** The answers with hidden and unknown questions' answers removed (issue #5: "their answers are dropped"). */
export function dropHiddenAnswers(definition: TQuestionnaireDefinition, answers: TAnswers): TAnswers {
  const { questions } = evaluateVisibility(definition, answers);
  return Object.fromEntries(Object.entries(answers).filter(([key]) => questions.has(key)));
}
