// One response as the cells of its export row, in column order.
import type { TCell, TExportAnswer, TExportColumn, TExportResponse, TTextMode } from "./export-types";

export function exportRow(columns: readonly TExportColumn[], response: TExportResponse, mode: TTextMode): TCell[] {
  const answers = new Map<string, TExportAnswer>(response.answers.map((a) => [a.questionKey, a]));
  return columns.map((column) => column.value(response, answers, mode));
}
