// The neutral blocks a report is made of (headings, paragraphs, lists, tables, charts) and
// small builders for them. The DOCX renderer and the printable page each draw these blocks.
import { formatPercent } from "@/lib/analysis/closed/maths";
import type { TBarChart } from "./charts/bar-chart-svg";
import type { TCountRow } from "./findings-types";

export type THeadingLevel = 1 | 2 | 3;
export type TTable = {
  caption: string;
  head: string[];
  rows: string[][];
  /** Per column: right-aligned figures. */ numeric: boolean[];
};
export type TBlock =
  | { kind: "heading"; level: THeadingLevel; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "bullets"; items: string[] }
  | { kind: "table"; table: TTable }
  | { kind: "chart"; chart: TBarChart };

export const h = (level: THeadingLevel, text: string): TBlock => ({ kind: "heading", level, text });
export const p = (text: string): TBlock => ({ kind: "paragraph", text });
export const bullets = (items: string[]): TBlock[] => (items.length > 0 ? [{ kind: "bullets", items }] : []);
export const table = (
  caption: string,
  head: string[],
  rows: string[][],
  numeric: boolean[] = head.map((_, i) => i > 0),
): TBlock => ({ kind: "table", table: { caption, head, rows, numeric } });

/** A count table: category, number, percentage of the base, with the base as the last row. */
export function countTable(caption: string, heading: string, rows: TCountRow[], base: number): TBlock {
  return table(
    caption,
    [heading, "Number", "Percentage"],
    [
      ...rows.map((r) => [r.label, String(r.n), formatPercent(r.percent)]),
      ["Total (base)", String(base), base > 0 ? "100.0%" : "–"],
    ],
  );
}
