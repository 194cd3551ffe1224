// A cross-tab of one closed question by another (issue #9, item 2): respondents per pair of
// answers, with distinct-respondent totals per row, per column and overall from GROUPING SETS,
// so multiple-choice questions (one person in several cells) still get honest totals.
import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type StaffPrincipal } from "@/lib/auth/permissions";
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

type Row = { x: string | null; y: string | null; gx: number; gy: number; n: number };

export async function crossTab(actor: StaffPrincipal | null, consultationId: string, filter: TAnalysisFilter, rowKey: string, columnKey: string): Promise<TCrossTab> {
  requirePermission(actor, "analysis.read");
  const { standard, postcodeKeys } = await analysisDefinitions(consultationId);
  const questions = closedQuestions(standard);
  const rows = questions.find((q) => q.key === rowKey);
  const columns = questions.find((q) => q.key === columnKey);
  if (!rows || !columns) throw new AppError("NOT_FOUND", "Choose two closed questions from the lists.");
  const scope = responseScope(consultationId, filter, postcodeKeys);
  const found = await db().$queryRaw<Row[]>`
    WITH r AS (SELECT r.id FROM "Response" r WHERE ${scope}),
    pairs AS (
      SELECT r.id, coalesce(ox.k, '') AS x, coalesce(oy.k, '') AS y
        FROM r
        LEFT JOIN "Answer" ax ON ax."responseId" = r.id AND ax."questionKey" = ${rowKey}
        LEFT JOIN LATERAL unnest(ax."optionKeys") AS ox(k) ON true
        LEFT JOIN "Answer" ay ON ay."responseId" = r.id AND ay."questionKey" = ${columnKey}
        LEFT JOIN LATERAL unnest(ay."optionKeys") AS oy(k) ON true)
    SELECT x, y, grouping(x)::int AS gx, grouping(y)::int AS gy, count(DISTINCT id)::int AS n
      FROM pairs GROUP BY GROUPING SETS ((x, y), (x), (y), ())`;
  const cells = new Map<string, number>();
  const rowTotals = new Map<string, number>();
  const columnTotals = new Map<string, number>();
  let total = 0;
  for (const f of found) {
    if (f.gx === 0 && f.gy === 0) cells.set(`${f.x}|${f.y}`, f.n);
    else if (f.gx === 0) rowTotals.set(f.x ?? NOT_ANSWERED, f.n);
    else if (f.gy === 0) columnTotals.set(f.y ?? NOT_ANSWERED, f.n);
    else total = f.n;
  }
  const keysOf = (q: TClosedQuestion, seen: Map<string, number>) => {
    const known = q.options.map((o) => o.key);
    const extra = [...seen.keys()].filter((k) => k !== NOT_ANSWERED && !known.includes(k)).sort();
    return [...known, ...extra, NOT_ANSWERED];
  };
  return { rows, columns, rowKeys: keysOf(rows, rowTotals), columnKeys: keysOf(columns, columnTotals), cells, rowTotals, columnTotals, total };
}
