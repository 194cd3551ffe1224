// Pure helpers behind the builder's condition editor (issue #5): which earlier answers a
// question or page can depend on, the edits the editor makes to a ZDisplayRule, and the rule
// read back as the sentence officers see while editing. Kept free of React so the rules the
// builder writes can be unit tested against the same definition types the evaluator reads.
import {
  YES_NO_OPTIONS,
  type TCondition,
  type TDisplayRule,
  type TOption,
  type TQuestion,
  type TQuestionnaireDefinition,
} from "@/lib/questionnaire/definition/definition";

/** Something a condition can look at: a question, or one statement of a Likert grid. */
export type TTarget = { key: string; label: string; options: readonly Pick<TOption, "key" | "label">[] };

export const OPERATORS: readonly { value: TCondition["operator"]; text: string }[] = [
  { value: "equals", text: "is" },
  { value: "includes", text: "includes" },
  { value: "notIncludes", text: "does not include" },
];

/** The answers a condition on this question can compare with; the same set the publish checks allow. */
export function answerOptions(question: TQuestion): readonly Pick<TOption, "key" | "label">[] {
  switch (question.type) {
    case "yesNo":
      return YES_NO_OPTIONS;
    case "rating":
      return Array.from({ length: Math.max(0, question.max - question.min + 1) }, (_, i) => ({
        key: String(question.min + i),
        label: String(question.min + i),
      }));
    case "likertGrid":
      return question.options;
    default:
      return "options" in question ? question.options : [];
  }
}

/**
 * The targets before a position, numbered as the builder shows questions (numbering runs on
 * across pages). `q` undefined means a page's own rule, which may only look at earlier pages:
 * the page's questions are not yet answered when it is decided whether to show it.
 */
export function conditionTargets(sections: TQuestionnaireDefinition["sections"], s: number, q?: number): TTarget[] {
  const out: TTarget[] = [];
  let number = 0;
  sections.forEach((section, si) =>
    section.questions.forEach((question, qi) => {
      number++;
      const earlier = si < s || (q !== undefined && si === s && qi < q);
      const options = answerOptions(question);
      if (!earlier || options.length === 0) return;
      const label = `Q${number}. ${question.title}`;
      if (question.type === "likertGrid") {
        // A grid has one answer per statement, so each statement is its own target (grid.statement).
        for (const statement of question.statements)
          out.push({ key: `${question.key}.${statement.key}`, label: `${label} – ${statement.label}`, options });
      } else out.push({ key: question.key, label, options });
    }),
  );
  return out;
}

/** A new condition on the nearest earlier target, which is the one most rules depend on. */
export function blankCondition(targets: readonly TTarget[]): TCondition {
  const target = targets.at(-1)!;
  return { questionKey: target.key, operator: "equals", values: [target.options[0].key] };
}

export function addCondition(rule: TDisplayRule | undefined, targets: readonly TTarget[]): TDisplayRule {
  return { combinator: rule?.combinator ?? "and", conditions: [...(rule?.conditions ?? []), blankCondition(targets)] };
}

/** Removing the last condition removes the rule, so the question is always shown again. */
export function removeCondition(rule: TDisplayRule, index: number): TDisplayRule | undefined {
  const conditions = rule.conditions.filter((_, i) => i !== index);
  return conditions.length === 0 ? undefined : { ...rule, conditions };
}

/** Pointing a condition at another question resets its values, which belonged to the old one. */
export function retarget(condition: TCondition, targets: readonly TTarget[], key: string): TCondition {
  const target = targets.find((t) => t.key === key);
  return { ...condition, questionKey: key, values: target ? [target.options[0].key] : [] };
}

export function toggleValue(condition: TCondition, value: string, checked: boolean): TCondition {
  const values = condition.values.filter((v) => v !== value);
  return { ...condition, values: checked ? [...values, value] : values };
}

const quote = (text: string) => `‘${text}’`;

function describe(condition: TCondition, targets: readonly TTarget[]): string {
  const target = targets.find((t) => t.key === condition.questionKey);
  const name = target ? quote(target.label) : `${quote(condition.questionKey)} (not an earlier question)`;
  const labels = condition.values.map((v) => quote(target?.options.find((o) => o.key === v)?.label ?? v));
  if (labels.length === 0) return `${name} (choose at least one answer)`;
  // "is" compares the whole answer, so several values must all be chosen; say so plainly.
  if (condition.operator === "equals" && labels.length > 1) return `${name} is exactly ${labels.join(" and ")}`;
  return `${name} ${OPERATORS.find((o) => o.value === condition.operator)!.text} ${labels.join(" or ")}`;
}

/** "Show this question if ‘Q3. …’ is ‘Disagree’ and ‘Q5. …’ includes ‘Transport’". */
export function ruleSentence(rule: TDisplayRule, targets: readonly TTarget[], subject: "question" | "page"): string {
  const joiner = (rule.combinator ?? "and") === "or" ? " or " : " and ";
  return `Show this ${subject} if ${rule.conditions.map((c) => describe(c, targets)).join(joiner)}`;
}
