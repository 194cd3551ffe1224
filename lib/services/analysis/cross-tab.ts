// A cross-tab of one closed question by another (issue #9, item 2): respondents per pair of
// answers, with distinct-respondent totals per row, per column and overall, so multiple-choice
// questions (one person in several cells) still get honest totals.
import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { closedQuestions, type TClosedQuestion } from "@/lib/analysis/closed/maths";
import { AppError } from "@/lib/errors";
import type { TAnalysisFilter } from "@/lib/validation/analysis-filter";
import { analysisDefinitions, responseScope } from "./scope";

/** The key used for "Not answered" rows and columns. */
export const NOT_ANSWERED = "";

export type TCrossTab = {
  rows: TClosedQuestion;
  columns: TClosedQuestion;
  rowKeys: string[];
  columnKeys: string[];
  /** cells.get(`${rowKey}|${columnKey}`) */
  cells: Map<string, number>;
  rowTotals: Map<string, number>;
  columnTotals: Map<string, number>;
  total: number;
};

type Row = { x: string[] | null; y: string[] | null; n: number };

export async function crossTab(
  actor: StaffPrincipal | null,
  consultationId: string,
  filter: TAnalysisFilter,
  rowKey: string,
  columnKey: string,
): Promise<TCrossTab> {
  requirePermission(actor, "analysis.read");
  const { standard, postcodeKeys } = await analysisDefinitions(consultationId);
  const questions = closedQuestions(standard);
  const rows = questions.find((q) => q.key === rowKey);
  const columns = questions.find((q) => q.key === columnKey);
  if (!rows || !columns) throw new AppError("NOT_FOUND", "Choose two closed questions from the lists.");
  const scope = responseScope(consultationId, filter, postcodeKeys);
  // Grouped by the pair of whole option arrays: one hash aggregate over the responses. Each
  // response is in exactly one group and an array holds a key once, so summing the groups
  // whose array holds a key gives distinct respondents per row, per column and overall.
  const found = await db().$queryRaw<Row[]>`
    WITH r AS (SELECT r.id FROM "Response" r WHERE ${scope})
    SELECT ax."optionKeys" AS x, ay."optionKeys" AS y, count(*)::int AS n
      FROM r
      LEFT JOIN "Answer" ax ON ax."responseId" = r.id AND ax."questionKey" = ${rowKey}
      LEFT JOIN "Answer" ay ON ay."responseId" = r.id AND ay."questionKey" = ${columnKey}
     GROUP BY 1, 2`;
  const cells = new Map<string, number>();
  const rowTotals = new Map<string, number>();
  const columnTotals = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);
  const keysIn = (list: string[] | null) => (list && list.length > 0 ? [...new Set(list)] : [NOT_ANSWERED]);
  let total = 0;
  for (const f of found) {
    const xs = keysIn(f.x);
    const ys = keysIn(f.y);
    total += f.n;
    for (const x of xs) add(rowTotals, x, f.n);
    for (const y of ys) add(columnTotals, y, f.n);
    for (const x of xs) for (const y of ys) add(cells, `${x}|${y}`, f.n);
  }
  const keysOf = (q: TClosedQuestion, seen: Map<string, number>) => {
    const known = q.options.map((o) => o.key);
    const extra = [...seen.keys()].filter((k) => k !== NOT_ANSWERED && !known.includes(k)).sort();
    return [...known, ...extra, NOT_ANSWERED];
  };
  return {
    rows,
    columns,
    rowKeys: keysOf(rows, rowTotals),
    columnKeys: keysOf(columns, columnTotals),
    cells,
    rowTotals,
    columnTotals,
    total,
  };
}
