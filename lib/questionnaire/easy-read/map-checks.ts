// Publish checks for an Easy Read questionnaire against the standard one it is linked to
// (issue #7): a map that points at an unknown question or option would silently lose answers
// from the merged analysis, so publishing refuses it. Standard questions with no Easy Read
// counterpart are allowed, but listed, so the officer sees what Easy Read readers cannot answer.
import type { TQuestion, TQuestionnaireDefinition } from "../definition/definition";
import type { TRuleIssue } from "../publish/issue-path";
import { CHOICE_TYPES, optionKeysOf, typesCompatible } from "./option-map";

const TYPE_WORDS: Partial<Record<TQuestion["type"], string>> = {
  multipleChoice: "a choice of many",
  singleChoice: "a choice of one",
  likert: "an agree-disagree scale",
  yesNo: "a yes or no question",
  respondentType: "a 'who are you' question",
  shortText: "a short text answer",
  longText: "a long text answer",
};
const typeWords = (type: TQuestion["type"]) => TYPE_WORDS[type] ?? `a ${type} question`;

const located = (definition: TQuestionnaireDefinition) =>
  definition.sections.flatMap((section, s) =>
    section.questions.map((question, q) => ({ question, path: ["sections", s, "questions", q] as PropertyKey[] })),
  );

function mapIssues(easyRead: TQuestion, standard: TQuestion, at: PropertyKey[]): TRuleIssue[] {
  if (!typesCompatible(easyRead.type, standard.type)) {
    return [
      {
        path: [...at, "answersKey"],
        message: `'${standard.title}' is ${typeWords(standard.type)}, so ${typeWords(easyRead.type)} cannot answer it`,
      },
    ];
  }
  if (!CHOICE_TYPES.has(easyRead.type)) {
    return easyRead.optionMap
      ? [{ path: [...at, "optionMap"], message: "Only questions with answers to choose from have an option map" }]
      : [];
  }
  const issues: TRuleIssue[] = [];
  const own = optionKeysOf(easyRead);
  const targets = new Set(optionKeysOf(standard));
  const map = easyRead.optionMap ?? {};
  for (const [from, to] of Object.entries(map)) {
    if (!own.includes(from))
      issues.push({
        path: [...at, "optionMap", from],
        message: `The map names '${from}', which is not an answer to this question`,
      });
    else if (to !== null && !targets.has(to))
      issues.push({ path: [...at, "optionMap", from], message: `'${to}' is not an answer to '${standard.title}'` });
  }
  own.forEach((key) => {
    if (!(key in map))
      issues.push({
        path: [...at, "optionMap", key],
        message: `Say which answer to '${standard.title}' the answer '${key}' counts as, or that it has none`,
      });
  });
  return issues;
}

/** Everything wrong with how an Easy Read definition is linked to its standard definition. */
export function easyReadMapIssues(
  easyRead: TQuestionnaireDefinition,
  standard: TQuestionnaireDefinition,
): TRuleIssue[] {
  const standardQuestions = new Map(standard.sections.flatMap((s) => s.questions.map((q) => [q.key, q] as const)));
  const answeredBy = new Map<string, string>();
  const issues: TRuleIssue[] = [];
  if (easyRead.format !== "EASY_READ")
    issues.push({ path: ["format"], message: "This questionnaire is not marked as Easy Read" });
  for (const { question, path } of located(easyRead)) {
    if (!question.answersKey) {
      if (question.optionMap)
        issues.push({
          path: [...path, "optionMap"],
          message: "Choose the standard question this answers, or remove the option map",
        });
      // An Easy-Read-only question with a standard key would be counted as that question.
      if (question.type !== "info" && standardQuestions.has(question.key)) {
        issues.push({
          path: [...path, "key"],
          message: `The key '${question.key}' belongs to a standard question. Link this question to it, or use another key`,
        });
      }
      continue;
    }
    const standardQuestion = standardQuestions.get(question.answersKey);
    if (!standardQuestion) {
      issues.push({
        path: [...path, "answersKey"],
        message: `There is no standard question with the key '${question.answersKey}'`,
      });
      continue;
    }
    const earlier = answeredBy.get(question.answersKey);
    if (earlier !== undefined) {
      issues.push({
        path: [...path, "answersKey"],
        message: `'${earlier}' already answers '${standardQuestion.title}'. Only one Easy Read question can answer it`,
      });
      continue;
    }
    answeredBy.set(question.answersKey, question.title);
    issues.push(...mapIssues(question, standardQuestion, path));
  }
  return issues;
}

/** Standard questions that no Easy Read question answers, for the officer to review. */
export function standardWithoutCounterpart(
  easyRead: TQuestionnaireDefinition,
  standard: TQuestionnaireDefinition,
): { key: string; title: string }[] {
  const answered = new Set(
    easyRead.sections.flatMap((s) => s.questions.flatMap((q) => (q.answersKey ? [q.answersKey] : []))),
  );
  return standard.sections.flatMap((s) =>
    s.questions
      .filter((q) => q.type !== "info" && q.type !== "email" && !answered.has(q.key))
      .map((q) => ({ key: q.key, title: q.title })),
  );
}
