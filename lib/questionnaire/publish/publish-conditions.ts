// Publish checks for display conditions: each must point at an existing, earlier question
// that has something to compare (options, yes/no or a rating), with values it can take, and
// no set of conditions may form a loop (issue #5 "Versioning").
import {
  type TCondition,
  type TDisplayRule,
  type TQuestion,
  type TQuestionnaireDefinition,
  YES_NO_OPTIONS,
} from "../definition/definition";
import { splitConditionTarget } from "../conditions/conditions";
import type { TRuleIssue } from "./issue-path";

type TEntry = { question: TQuestion; section: number; order: number };

/** The values a condition on this question can compare with, or undefined when it cannot have conditions. */
function allowedValues(question: TQuestion): string[] | undefined {
  switch (question.type) {
    case "singleChoice":
    case "multipleChoice":
    case "likert":
    case "likertGrid":
    case "ranking":
    case "respondentType":
      return question.options.map((o) => o.key);
    case "yesNo":
      return YES_NO_OPTIONS.map((o) => o.key);
    case "rating":
      return Array.from({ length: Math.max(0, question.max - question.min + 1) }, (_, i) => String(question.min + i));
    default:
      return undefined;
  }
}

function targetIssues(
  condition: TCondition,
  path: PropertyKey[],
  target: TQuestion,
  statementKey: string | undefined,
): TRuleIssue[] {
  const at = [...path, "questionKey"];
  if (target.type === "likertGrid") {
    if (statementKey === undefined)
      return [
        {
          path: at,
          message: `Point the condition at one statement of '${target.title}', like '${target.key}.${target.statements[0].key}'`,
        },
      ];
    if (!target.statements.some((s) => s.key === statementKey))
      return [{ path: at, message: `'${target.title}' has no statement with the key '${statementKey}'` }];
  } else if (statementKey !== undefined) {
    return [{ path: at, message: `Only Likert grid questions have statements; use '${target.key}' on its own` }];
  }
  const allowed = allowedValues(target);
  if (!allowed)
    return [
      {
        path: at,
        message: `Conditions can only depend on questions with options, yes or no, or a rating; '${target.title}' has none`,
      },
    ];
  return condition.values.flatMap((value, v) =>
    allowed.includes(value)
      ? []
      : [{ path: [...path, "values", v], message: `'${value}' is not an answer to '${target.title}'` }],
  );
}

/** Every question with its page and its position in the whole questionnaire. */
function indexQuestions(definition: TQuestionnaireDefinition): Map<string, TEntry> {
  const index = new Map<string, TEntry>();
  let order = 0;
  definition.sections.forEach((section, s) =>
    section.questions.forEach((question) => {
      if (!index.has(question.key)) index.set(question.key, { question, section: s, order });
      order++;
    }),
  );
  return index;
}

type TRuleOwner = {
  node: string;
  rule: TDisplayRule;
  path: PropertyKey[];
  isEarlier: (target: TEntry) => boolean;
  selfKey?: string;
  earlierMessage: string;
};

function ruleOwners(definition: TQuestionnaireDefinition): TRuleOwner[] {
  const owners: TRuleOwner[] = [];
  let order = 0;
  definition.sections.forEach((section, s) => {
    if (section.showIf) {
      owners.push({
        node: `section:${section.key}`,
        rule: section.showIf,
        path: ["sections", s, "showIf"],
        isEarlier: (target) => target.section < s,
        earlierMessage: "A page can only depend on questions on earlier pages",
      });
    }
    section.questions.forEach((question, q) => {
      const at = order++;
      if (!question.showIf) return;
      owners.push({
        node: `question:${question.key}`,
        rule: question.showIf,
        path: ["sections", s, "questions", q, "showIf"],
        isEarlier: (target) => target.order < at,
        selfKey: question.key,
        earlierMessage: "A question can only depend on questions that come before it",
      });
    });
  });
  return owners;
}

/** Loops in "depends on", each reported once, at the rule that closes it. */
function cycleIssues(definition: TQuestionnaireDefinition, owners: readonly TRuleOwner[]): TRuleIssue[] {
  const edges = new Map<string, string[]>();
  // Self-reference is reported on its own ("cannot depend on its own answer"), not as a loop.
  const add = (from: string, to: string) => from !== to && edges.set(from, [...(edges.get(from) ?? []), to]);
  for (const owner of owners)
    for (const c of owner.rule.conditions) add(owner.node, `question:${splitConditionTarget(c.questionKey)[0]}`);
  // A question on a conditional page depends on whatever the page depends on.
  for (const section of definition.sections)
    for (const q of section.questions) add(`question:${q.key}`, `section:${section.key}`);
  const pathOf = new Map(owners.map((o) => [o.node, o.path]));
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const issues: TRuleIssue[] = [];
  const visit = (node: string): void => {
    state.set(node, "visiting");
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === "visiting") {
        const loop = [...stack.slice(stack.indexOf(next)), next].map((n) =>
          n.replace(/^question:/, "").replace(/^section:/, "page "),
        );
        issues.push({
          path: pathOf.get(node) ?? pathOf.get(next) ?? [],
          message: `These depend on each other in a loop: ${loop.join(" → ")}`,
        });
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
  return issues;
}

export function conditionIssues(definition: TQuestionnaireDefinition): TRuleIssue[] {
  const index = indexQuestions(definition);
  const owners = ruleOwners(definition);
  const issues: TRuleIssue[] = [];
  for (const owner of owners) {
    owner.rule.conditions.forEach((condition, c) => {
      const path = [...owner.path, "conditions", c];
      const [questionKey, statementKey] = splitConditionTarget(condition.questionKey);
      const target = index.get(questionKey);
      if (questionKey === owner.selfKey)
        issues.push({ path: [...path, "questionKey"], message: "A question cannot depend on its own answer" });
      else if (!target)
        issues.push({ path: [...path, "questionKey"], message: `There is no question with the key '${questionKey}'` });
      else if (!owner.isEarlier(target))
        issues.push({
          path: [...path, "questionKey"],
          message: `${owner.earlierMessage}; '${target.question.title}' comes later`,
        });
      else issues.push(...targetIssues(condition, path, target.question, statementKey));
    });
  }
  return [...issues, ...cycleIssues(definition, owners)];
}
