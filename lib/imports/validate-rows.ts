// The dry run's heart: each row's cells → the loose input the online form would post → the
// questionnaire's own schema (buildAnswerSchema), so an imported answer passes exactly the
// checks an online one does. Problems come back per cell: spreadsheet row number, column
// heading, what is wrong and the value, for the officer's error report.
import { buildAnswerSchema } from "@/lib/questionnaire/answers/build-answer-schema";
import type { TAnswers } from "@/lib/questionnaire/answers/answer-values";
import type { TOption, TQuestion, TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { FORMULA_PROBLEM, isFormulaCell } from "./cell-safety";
import { importTargets, matchOption, normalise, optionsOf, type TImportTarget } from "./targets";

/** Column i holds target `columns[i]` ("" = ignored); `values[target][normalised cell]` = option key chosen by the officer. */
export type TMapping = { columns: string[]; values: Record<string, Record<string, string>> };

export type TRowError = { row: number; column: string; problem: string; value: string };
export type TRowResult = { ok: true; answers: TAnswers } | { ok: false; errors: TRowError[] };

/** The dry run's outcome, stored on the import. */
export type TImportReport = {
  rows: number;
  valid: number;
  invalid: number;
  /** Valid rows already imported (by this or an earlier import): skipped. */
  duplicates: number;
  errorCount: number;
  /** The first errors, row by row. */
  errors: TRowError[];
  checkedAt: string;
  /** Names the stored valid rows (checked-rows.ts) that the import writes. */
  checkId?: string;
};

const NOT_IN_FILE = "(no column)";
const VALUE_SHOWN = 120;
const MULTI_SPLIT = /[;|\n]/;

export const unknownOptionProblem = (value: string) =>
  `\u201c${value}\u201d is not one of the answers to this question. Match it to an answer in the mapping, or correct the file`;

/** Parts of a multiple choice or ranking cell: "a; b | c", or commas when the whole cell is not itself an option. */
export function splitChoices(options: readonly TOption[], cell: string): string[] {
  const parts = MULTI_SPLIT.test(cell) || matchOption(options, cell) ? cell.split(MULTI_SPLIT) : cell.split(",");
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

/** UK dates as people type them (9/3/2024, 09-03-2024) become date parts; anything else is left for the schema. */
function dateInput(cell: string): unknown {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(cell);
  return match ? { day: match[1], month: match[2], year: match[3] } : cell;
}

type TPrepared = { target: TImportTarget; column: number };

export type TRowValidator = (cells: readonly string[], rowNumber: number) => TRowResult;

/** Builds the validator once per file: the schema and the column plan are shared by every row. */
export function rowValidator(
  definition: TQuestionnaireDefinition,
  headers: readonly string[],
  mapping: TMapping,
  options: { today: string },
): TRowValidator {
  const targets = new Map(importTargets(definition).map((t) => [t.name, t] as const));
  const mapped: TPrepared[] = [];
  mapping.columns.forEach((name, column) => {
    const target = targets.get(name);
    if (target && column < headers.length) mapped.push({ target, column });
  });
  const columnOf = new Map(mapped.map((m) => [m.target.name, m.column] as const));
  const schema = buildAnswerSchema(definition, { today: options.today });
  const heading = (column: number | undefined) =>
    column === undefined ? NOT_IN_FILE : headers[column] || `Column ${column + 1}`;

  const optionKey = (target: TImportTarget, options: readonly TOption[], part: string) =>
    mapping.values[target.name]?.[normalise(part)] ?? matchOption(options, part);

  return (cells, rowNumber) => {
    const errors: TRowError[] = [];
    const refused = new Set<string>();
    const input: Record<string, unknown> = {};
    const fail = (column: number | undefined, problem: string, questionKey?: string) => {
      errors.push({
        row: rowNumber,
        column: heading(column),
        problem,
        value: column === undefined ? "" : cells[column].slice(0, VALUE_SHOWN),
      });
      if (questionKey) refused.add(questionKey);
    };
    const followUps: Record<string, string> = {};
    for (const { target, column } of mapped) {
      const cell = cells[column].trim();
      if (cell === "") continue;
      const { question } = target;
      if (isFormulaCell(cell)) {
        fail(column, FORMULA_PROBLEM, question.key);
        continue;
      }
      if (target.kind === "followUp") {
        followUps[question.key] = cell;
        continue;
      }
      const value = cellValue(target, question, cell, (part) => optionKey(target, optionsOf(question), part));
      if ("unknown" in value) {
        fail(column, unknownOptionProblem(value.unknown), question.key);
        continue;
      }
      if (target.kind === "statement")
        input[question.key] = { ...(input[question.key] as object | undefined), [target.statementKey!]: value.value };
      else input[question.key] = value.value;
    }
    for (const [key, text] of Object.entries(followUps)) {
      const value = input[key];
      if (typeof value === "string") input[key] = { optionKey: value, text };
      else if (Array.isArray(value)) input[key] = { optionKeys: value, text };
    }
    const result = schema.safeParse(input);
    if (result.success && errors.length === 0) return { ok: true, answers: result.data };
    for (const issue of result.success ? [] : result.error.issues) {
      const [questionKey, part] = issue.path;
      if (typeof questionKey !== "string" || refused.has(questionKey)) continue;
      const partColumn =
        typeof part === "string"
          ? (columnOf.get(`${questionKey}.${part}`) ?? columnOf.get(`${questionKey}-${part}`))
          : undefined;
      const column = partColumn ?? columnOf.get(questionKey);
      fail(column, issue.message);
    }
    return { ok: false, errors };
  };
}

type TCellValue = { value: unknown } | { unknown: string };

function cellValue(
  target: TImportTarget,
  question: TQuestion,
  cell: string,
  option: (part: string) => string | undefined,
): TCellValue {
  if (target.kind === "statement") {
    const key = option(cell);
    return key ? { value: key } : { unknown: cell };
  }
  switch (question.type) {
    case "singleChoice":
    case "respondentType":
    case "likert":
    case "yesNo": {
      const key = option(cell);
      return key ? { value: key } : { unknown: cell };
    }
    case "multipleChoice":
    case "ranking": {
      const parts = splitChoices(optionsOf(question), cell);
      const keys = parts.map(option);
      const unknown = parts.filter((_, i) => keys[i] === undefined);
      return unknown.length > 0 ? { unknown: unknown.join("; ") } : { value: keys };
    }
    case "date":
      return { value: dateInput(cell) };
    default:
      return { value: cell };
  }
}
