// Answers in the file that match no option of their question by key or label ("Y", "Agree
// strongly", a typo): listed per column so the officer can say which option each one means.
// Their choices are part of the mapping; anything left unmatched is an error in the dry run.
import type { TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { isFormulaCell } from "./cell-safety";
import type { TTable } from "./read-table";
import { importTargets, matchOption, normalise, optionsOf } from "./targets";
import { columnField } from "@/lib/validation/imports";
import { splitChoices, type TMapping } from "./validate-rows";

export const UNMATCHED_SHOWN = 30;

export type TUnmatchedColumn = {
  target: string;
  header: string;
  options: { key: string; label: string }[];
  /** Distinct unmatched answers: as written, their normalised form (the mapping key) and the officer's choice. */
  values: { text: string; normalised: string; chosen: string }[];
};

const MULTI = new Set(["multipleChoice", "ranking"]);

export function unmatchedValues(
  definition: TQuestionnaireDefinition,
  table: Pick<TTable, "headers" | "rows">,
  mapping: TMapping,
): TUnmatchedColumn[] {
  const targets = new Map(importTargets(definition).map((t) => [t.name, t] as const));
  const columns: TUnmatchedColumn[] = [];
  mapping.columns.forEach((name, column) => {
    const target = targets.get(name);
    if (!target || target.kind === "followUp") return;
    const options = optionsOf(target.question);
    if (options.length === 0) return;
    const found = new Map<string, string>();
    for (const row of table.rows) {
      const cell = row[column]?.trim() ?? "";
      if (cell === "" || isFormulaCell(cell)) continue;
      const parts = target.kind === "answer" && MULTI.has(target.question.type) ? splitChoices(options, cell) : [cell];
      for (const part of parts) {
        const key = normalise(part);
        if (!found.has(key) && !matchOption(options, part)) found.set(key, part);
      }
      if (found.size >= UNMATCHED_SHOWN) break;
    }
    if (found.size === 0) return;
    const chosen = mapping.values[name] ?? {};
    columns.push({
      target: name,
      header: table.headers[column],
      options: options.map((o) => ({ key: o.key, label: o.label })),
      values: [...found].map(([normalised, text]) => ({ text, normalised, chosen: chosen[normalised] ?? "" })),
    });
  });
  return columns;
}

/** The mapping posted by the mapping form; unknown targets and options are dropped, never trusted. */
export function mappingFromForm(
  definition: TQuestionnaireDefinition,
  headers: readonly string[],
  fields: Readonly<Record<string, string>>,
): TMapping {
  const targets = new Map(importTargets(definition).map((t) => [t.name, t] as const));
  const taken = new Set<string>();
  const columns = headers.map((_, i) => {
    const name = fields[columnField(i)] ?? "";
    if (!targets.has(name) || taken.has(name)) return "";
    taken.add(name);
    return name;
  });
  const values: TMapping["values"] = {};
  for (const [field, optionKey] of Object.entries(fields)) {
    const [prefix, name, normalised] = field.split("|");
    const target = targets.get(name ?? "");
    if (prefix !== "value" || !target || normalised === undefined || !optionKey) continue;
    if (!optionsOf(target.question).some((o) => o.key === optionKey)) continue;
    (values[name] ??= {})[normalised] = optionKey;
  }
  return { columns, values };
}
