// Checks on what a questionnaire page posted, before any of it is validated or stored
// (issue #6, item 7): too large, or fields the page never had, means tampering or a stale
// form, and nothing is written.
import type { TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { fieldNamesFor } from "@/lib/questionnaire/forms/field-names";
import type { TFormValues } from "@/lib/questionnaire/forms/form-data";

/** 1 MB: far more than anyone types into one page (a long answer is capped at 10,000 characters). */
export const MAX_INPUT_BYTES = 1024 * 1024;

export type TEntries = ReadonlyArray<readonly [string, unknown]>;

/** UTF-8 bytes of the names and text values; an uploaded file counts at its size. */
export function inputBytes(entries: TEntries): number {
  let total = 0;
  for (const [name, value] of entries) {
    total += Buffer.byteLength(name);
    if (typeof value === "string") total += Buffer.byteLength(value);
    else if (value instanceof Blob) total += value.size;
  }
  return total;
}

/** Posted field names that are not fields of this page's questions. */
export function unexpectedFields(
  definition: TQuestionnaireDefinition,
  sectionKey: string,
  entries: TEntries,
): string[] {
  const section = definition.sections.find((s) => s.key === sectionKey);
  const allowed = new Set(section?.questions.flatMap(fieldNamesFor) ?? []);
  return [...new Set(entries.map(([name]) => name).filter((name) => !allowed.has(name)))];
}

/** The posted values as form values, to show again after an error (checkbox groups stay lists). */
export function entriesToFormValues(
  definition: TQuestionnaireDefinition,
  sectionKey: string,
  entries: TEntries,
): TFormValues {
  const section = definition.sections.find((s) => s.key === sectionKey);
  const lists = new Set(section?.questions.filter((q) => q.type === "multipleChoice").map((q) => q.key) ?? []);
  const values: TFormValues = {};
  for (const [name, value] of entries) {
    if (typeof value !== "string") continue;
    if (lists.has(name)) values[name] = [...((values[name] as string[] | undefined) ?? []), value];
    else values[name] ??= value;
  }
  return values;
}
