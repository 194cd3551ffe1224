// RFC 4180 CSV for spreadsheets: UTF-8 with a byte order mark (so Excel reads Welsh and emoji
// correctly), CRLF line ends, fields quoted when they hold a comma, quote or line break, and
// text that would run as a formula neutralised. The first header row names each column (its
// question key); the second row, also a header, gives the question text, so the file is one
// self-describing download rather than a pair of files.
import { neutraliseFormula } from "@/lib/imports/cell-safety";
import type { TCell, TExportColumn } from "./export-types";

export const UTF8_BOM = "\uFEFF";
const CRLF = "\r\n";

export function csvField(cell: TCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  const safe = neutraliseFormula(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvRecord = (cells: readonly TCell[]): string => cells.map(csvField).join(",") + CRLF;

/** The BOM and both header rows. */
export const csvHeader = (columns: readonly TExportColumn[]): string =>
  UTF8_BOM + csvRecord(columns.map((c) => c.id)) + csvRecord(columns.map((c) => c.label));

/** The whole file as text chunks: the header, then one chunk per batch of rows. */
export async function* csvChunks(
  columns: readonly TExportColumn[],
  batches: AsyncIterable<readonly TCell[][]>,
): AsyncGenerator<string> {
  yield csvHeader(columns);
  for await (const rows of batches) {
    let chunk = "";
    for (const row of rows) chunk += csvRecord(row);
    if (chunk) yield chunk;
  }
}
