// XLSX export with exceljs's streaming writer: each row is committed (and its memory released)
// as it is written, sheets one after another: a summary, one responses sheet per group (Easy
// Read, standard online, paper, …) and a themes sheet. Cells are typed: text stays text (an
// XLSX string cell never runs as a formula), numbers stay numbers.
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { TCell, TExportColumn } from "./export-types";

export type TXlsxSheet = { name: string; batches: () => AsyncIterable<readonly TCell[][]> };
export type TXlsxExport = {
  summary: readonly (readonly [string, TCell])[];
  columns: readonly TExportColumn[];
  responseSheets: readonly TXlsxSheet[];
  themes: { header: readonly string[]; batches: () => AsyncIterable<readonly TCell[][]> };
};

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export const sheetName = (name: string): string => name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31);

const bold = { font: { bold: true } } as const;

export async function writeXlsx(output: Writable, content: TXlsxExport): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const summary = workbook.addWorksheet("Summary");
  // Narrow enough that both columns print on one portrait page.
  summary.columns = [{ width: 28 }, { width: 48 }];
  for (const [key, value] of content.summary) {
    const row = summary.addRow([key, value]);
    // Figures beside their labels, not at the far edge of a wide column.
    row.getCell(2).alignment = { horizontal: "left" };
    row.commit();
  }
  summary.commit();
  for (const sheet of content.responseSheets) {
    const ws = workbook.addWorksheet(sheetName(sheet.name), { views: [{ state: "frozen", ySplit: 2 }] });
    ws.columns = content.columns.map((c) => ({ width: c.freeText ? 40 : 16 }));
    const ids = ws.addRow(content.columns.map((c) => c.id));
    ids.font = bold.font;
    ids.commit();
    const labels = ws.addRow(content.columns.map((c) => c.label));
    labels.font = bold.font;
    labels.commit();
    for await (const rows of sheet.batches()) for (const row of rows) ws.addRow([...row]).commit();
    ws.commit();
  }
  const themes = workbook.addWorksheet("Themes", { views: [{ state: "frozen", ySplit: 1 }] });
  themes.columns = [14, 12, 30, 10, 12].map((width) => ({ width }));
  const header = themes.addRow([...content.themes.header]);
  header.font = bold.font;
  header.commit();
  for await (const rows of content.themes.batches()) for (const row of rows) themes.addRow([...row]).commit();
  themes.commit();
  await workbook.commit();
}
