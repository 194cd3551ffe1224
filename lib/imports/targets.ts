// What a column of an import can hold: a question's answer, one statement of an agreement
// grid, or the text an option reveals ("Other, please specify", an organisation's name).
// Targets are named by the same field names the online form uses (field-names.ts), so an
// officer who exports a form's field names gets an automatic match.
import type { TOption, TQuestion, TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { gridFieldName, organisationFieldName, otherFieldName } from "@/lib/questionnaire/forms/field-names";
import { YES_NO_OPTIONS } from "@/lib/questionnaire/definition/question-shapes";

export type TImportTarget = {
  /** The field name: `key`, `key.statement`, `key-other` or `key-organisation`. */
  name: string;
  question: TQuestion;
  kind: "answer" | "statement" | "followUp";
  statementKey?: string;
  /** What the officer sees in the mapping select. */
  label: string;
  /** Words a header may use to name it (its key, the question, the statement). */
  aliases: string[];
};

/** Questions an import may answer: email addresses are personal data entered one by one, never in bulk. */
const importable = (q: TQuestion) => q.type !== "info" && q.type !== "email";

export function optionsOf(question: TQuestion): readonly TOption[] {
  if (question.type === "yesNo") return YES_NO_OPTIONS;
  return "options" in question ? question.options : [];
}

export function importTargets(definition: TQuestionnaireDefinition): TImportTarget[] {
  const targets: TImportTarget[] = [];
  for (const question of definition.sections.flatMap((s) => s.questions).filter(importable)) {
    const { key, title } = question;
    if (question.type === "likertGrid") {
      for (const s of question.statements) {
        const name = gridFieldName(key, s.key);
        targets.push({
          name,
          question,
          kind: "statement",
          statementKey: s.key,
          label: `${title}: ${s.label}`,
          aliases: [name, s.key, s.label, `${title} ${s.label}`],
        });
      }
      continue;
    }
    targets.push({ name: key, question, kind: "answer", label: title, aliases: [key, title] });
    const options = optionsOf(question);
    const other = options.find((o) => o.other);
    if (other)
      targets.push({
        name: otherFieldName(key),
        question,
        kind: "followUp",
        label: `${title}: ${other.label} (text)`,
        aliases: [otherFieldName(key), `${title} ${other.label}`],
      });
    if (options.some((o) => o.organisation)) {
      targets.push({
        name: organisationFieldName(key),
        question,
        kind: "followUp",
        label: `${title}: organisation name`,
        aliases: [organisationFieldName(key), `${title} organisation`],
      });
    }
  }
  return targets;
}

/** Case, spacing, hyphens and punctuation do not matter when matching words. */
export const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .trim();

/**
 * The target each header names, or "" (ignore the column). A header matches a target's key,
 * question or statement text; each target is taken by the first column that names it.
 */
export function autoMatchColumns(headers: readonly string[], targets: readonly TImportTarget[]): string[] {
  const byAlias = new Map<string, string>();
  for (const target of targets)
    for (const alias of target.aliases) if (!byAlias.has(normalise(alias))) byAlias.set(normalise(alias), target.name);
  const taken = new Set<string>();
  return headers.map((header) => {
    const name = byAlias.get(normalise(header));
    if (!name || taken.has(name)) return "";
    taken.add(name);
    return name;
  });
}

/** The option a cell names, by key or label, or undefined. */
export function matchOption(options: readonly TOption[], cell: string): string | undefined {
  const wanted = normalise(cell);
  return options.find((o) => normalise(o.key) === wanted || normalise(o.label) === wanted)?.key;
}
