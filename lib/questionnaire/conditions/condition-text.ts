// A "show this question only when…" rule in words, for pages rendered without JavaScript: the
// follow-up is then always on the page, so it says when to answer it ("Answer this if you
// answered 'Disagree' or 'Strongly disagree' to 'How much do you agree…'").
import { splitConditionTarget } from "./conditions";
import {
  type TCondition,
  type TDisplayRule,
  type TOption,
  type TQuestion,
  type TQuestionnaireDefinition,
  YES_NO_OPTIONS,
} from "../definition/definition";

function optionsOf(question: TQuestion | undefined): readonly TOption[] {
  if (!question) return [];
  if (question.type === "yesNo") return YES_NO_OPTIONS;
  return "options" in question ? question.options : [];
}

const quoted = (text: string): string => `‘${text.trim().replace(/[.:]+$/, "")}’`;

function list(items: string[], joiner: "or" | "and"): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${joiner} ${items.at(-1)}`;
}

function describeCondition(condition: TCondition, questions: ReadonlyMap<string, TQuestion>): string {
  const [questionKey, statementKey] = splitConditionTarget(condition.questionKey);
  const question = questions.get(questionKey);
  const statement =
    question?.type === "likertGrid" ? question.statements.find((s) => s.key === statementKey) : undefined;
  const target = quoted(statement?.label ?? question?.title ?? questionKey);
  const labels = condition.values.map((value) =>
    quoted(optionsOf(question).find((o) => o.key === value)?.label ?? value),
  );
  switch (condition.operator) {
    case "includes":
      return `you answered ${list(labels, "or")} to ${target}`;
    case "equals":
      return labels.length === 1
        ? `you answered ${labels[0]} to ${target}`
        : `you answered ${list(labels, "and")}, and nothing else, to ${target}`;
    case "notIncludes":
      return `you did not answer ${list(labels, "or")} to ${target}`;
  }
}

/** "Answer this if …", or undefined for a question that is always shown. */
export function describeShowIf(
  definition: TQuestionnaireDefinition,
  rule: TDisplayRule | undefined,
): string | undefined {
  if (!rule || rule.conditions.length === 0) return undefined;
  const questions = new Map(definition.sections.flatMap((s) => s.questions.map((q) => [q.key, q] as const)));
  const parts = rule.conditions.map((c) => describeCondition(c, questions));
  return `Answer this if ${list(parts, (rule.combinator ?? "and") === "or" ? "or" : "and")}.`;
}
