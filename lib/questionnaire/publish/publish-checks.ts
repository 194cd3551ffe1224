// The strict checks a draft must pass before it is frozen into a QuestionnaireVersion
// (issue #5 "Versioning"; the draft/publish split of anchors-code-style.md §9.7). The zod
// definition checks each field's shape; these rules look across fields: unique keys and
// options, well-formed "Other" and exclusive options, sensible limits, and conditions that
// only look back. Messages are for officers, in plain English, each with its path.
import { type TQuestion, type TQuestionnaireDefinition, ZQuestionnaireDefinition } from "../definition/definition";
import { conditionIssues } from "./publish-conditions";
import { type TDefinitionIssue, formatPath, plainZodMessage, type TRuleIssue, toDefinitionIssues } from "./issue-path";

export type { TRuleIssue } from "./issue-path";

const OPTION_TYPES = new Set(["singleChoice", "multipleChoice", "likert", "likertGrid", "ranking", "respondentType"]);
const MAX_RATING_POINTS = 11;

/** Reports each repeated key or label once, at the later occurrence. */
function duplicates<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  path: (index: number) => PropertyKey[],
  message: (item: T) => string,
): TRuleIssue[] {
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    const key = keyOf(item);
    if (seen.has(key)) return [{ path: path(i), message: message(item) }];
    seen.add(key);
    return [];
  });
}

function optionIssues(question: TQuestion, at: PropertyKey[]): TRuleIssue[] {
  if (!("options" in question)) return [];
  const options = question.options;
  const issues = [
    ...duplicates(
      options,
      (o) => o.key,
      (i) => [...at, "options", i, "key"],
      (o) => `The option key '${o.key}' is used twice in this question`,
    ),
    ...duplicates(
      options,
      (o) => o.label.trim().toLowerCase(),
      (i) => [...at, "options", i, "label"],
      (o) => `The option '${o.label}' appears twice in this question`,
    ),
  ];
  const followUpAllowed =
    question.type === "singleChoice" || question.type === "multipleChoice" || question.type === "respondentType";
  options.forEach((option, i) => {
    const path = [...at, "options", i];
    if (option.other && !followUpAllowed)
      issues.push({
        path: [...path, "other"],
        message: "Only single choice, multiple choice and respondent type questions can ask for 'Other' text",
      });
    if (option.organisation && question.type !== "respondentType")
      issues.push({
        path: [...path, "organisation"],
        message: "Only respondent type questions can ask for an organisation's name",
      });
    if (option.other && option.organisation)
      issues.push({ path, message: "An option can ask for 'Other' text or an organisation's name, not both" });
    if (option.exclusive && option.other)
      issues.push({
        path,
        message: `'${option.label}' cannot be both an 'Other' option and one that must be chosen on its own`,
      });
  });
  if (options.filter((o) => o.other).length > 1)
    issues.push({ path: [...at, "options"], message: "Only one option can be 'Other, please specify'" });
  if (question.type === "multipleChoice") {
    const choosable = options.filter((o) => !o.exclusive).length;
    if (choosable === 0)
      issues.push({
        path: [...at, "options"],
        message: "At least one option must be choosable with others; not every option can be exclusive",
      });
    if (question.maxChoices !== undefined && question.maxChoices > choosable) {
      issues.push({
        path: [...at, "maxChoices"],
        message: `The most people can choose (${question.maxChoices}) is more than the ${choosable} options they can choose together`,
      });
    }
  }
  return issues;
}

function settingIssues(question: TQuestion, at: PropertyKey[]): TRuleIssue[] {
  const issues: TRuleIssue[] = [];
  switch (question.type) {
    case "info":
      if (question.required)
        issues.push({
          path: [...at, "required"],
          message: "An information block asks nothing, so it cannot be required",
        });
      if (question.image && !question.imageAlt)
        issues.push({ path: [...at, "imageAlt"], message: "Describe the image for people who cannot see it" });
      break;
    case "rating":
      if (question.min >= question.max)
        issues.push({ path: [...at, "max"], message: "The top of the scale must be higher than the bottom" });
      else if (question.max - question.min + 1 > MAX_RATING_POINTS)
        issues.push({ path: [...at, "max"], message: `Use a scale of ${MAX_RATING_POINTS} points or fewer` });
      break;
    case "number":
      if (question.min !== undefined && question.max !== undefined && question.min > question.max)
        issues.push({ path: [...at, "max"], message: "The largest number allowed must be at least the smallest" });
      break;
    case "ranking":
      if (question.rankCount !== undefined && question.rankCount > question.options.length)
        issues.push({
          path: [...at, "rankCount"],
          message: `You cannot ask people to rank ${question.rankCount} of only ${question.options.length} options`,
        });
      break;
    case "likertGrid":
      issues.push(
        ...duplicates(
          question.statements,
          (s) => s.key,
          (i) => [...at, "statements", i, "key"],
          (s) => `The statement key '${s.key}' is used twice in this grid`,
        ),
        ...duplicates(
          question.statements,
          (s) => s.label.trim().toLowerCase(),
          (i) => [...at, "statements", i, "label"],
          (s) => `The statement '${s.label}' appears twice in this grid`,
        ),
      );
      break;
    case "longText":
      if (question.maxWords !== undefined && question.maxChars !== undefined && question.maxWords > question.maxChars)
        issues.push({ path: [...at, "maxWords"], message: "The word limit cannot be more than the character limit" });
      break;
  }
  if (OPTION_TYPES.has(question.type)) issues.push(...optionIssues(question, at));
  return issues;
}

/** The cross-field rules, on a definition that already has the right shape. */
export function publishRuleIssues(definition: TQuestionnaireDefinition): TRuleIssue[] {
  const issues: TRuleIssue[] = [];
  const owners = new Map<string, string>();
  const claim = (key: string, owner: string, path: PropertyKey[]) => {
    const existing = owners.get(key);
    if (existing !== undefined)
      issues.push({ path, message: `The key '${key}' is already used by ${existing}. Keys must be unique` });
    else owners.set(key, owner);
  };
  let answerable = 0;
  const once = { email: 0, respondentType: 0 };
  definition.sections.forEach((section, s) => {
    const at = ["sections", s];
    claim(section.key, `the page '${section.title}'`, [...at, "key"]);
    if (section.questions.length === 0)
      issues.push({
        path: [...at, "questions"],
        message: "Add at least one question or information block to this page",
      });
    section.questions.forEach((question, q) => {
      const qat = [...at, "questions", q];
      claim(question.key, `the question '${question.title}'`, [...qat, "key"]);
      if (question.type !== "info") answerable++;
      if (question.type === "email" || question.type === "respondentType") {
        once[question.type]++;
        if (once[question.type] === 2)
          issues.push({
            path: [...qat, "type"],
            message:
              question.type === "email"
                ? "Ask for an email address only once"
                : "Ask who people are responding as only once",
          });
      }
      issues.push(...settingIssues(question, qat));
    });
  });
  if (answerable === 0) issues.push({ path: ["sections"], message: "Add at least one question" });
  issues.push(...conditionIssues(definition));
  return issues;
}

/** The definition schema plus the publish rules: what a QuestionnaireVersion must satisfy. */
export const ZQuestionnaireDefinitionStrict = ZQuestionnaireDefinition.superRefine((definition, ctx) => {
  for (const issue of publishRuleIssues(definition))
    ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
});

/** Everything wrong with a draft, shape first; an empty list means it can be published. */
export function validateForPublish(input: unknown): TDefinitionIssue[] {
  const result = ZQuestionnaireDefinitionStrict.safeParse(input, { error: plainZodMessage });
  return result.success ? [] : toDefinitionIssues(result.error);
}

/** For callers that hold issues from publishRuleIssues. */
export const formatRuleIssues = (issues: readonly TRuleIssue[]): TDefinitionIssue[] =>
  issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
