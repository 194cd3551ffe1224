// The first worksheet of an .xlsx workbook as rows of text. Formulas are never evaluated:
// a formula cell comes back as its formula text ("=HYPERLINK(…)") so the dry run refuses it
// like a typed-in one, rather than importing whatever result Excel last cached.
import ExcelJS from "exceljs";
import { ImportFileError } from "./file-error";

type TCellValue = ExcelJS.CellValue;

const pad = (n: number) => String(n).padStart(2, "0");

function cellText(value: TCellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    // Excel dates are calendar dates stored as UTC midnight.
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value)
      return `=${"formula" in value ? value.formula : value.sharedFormula}`;
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("hyperlink" in value) return typeof value.text === "string" ? value.text : cellText(value.text as TCellValue);
    if ("error" in value) return String(value.error);
    return "";
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

export async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new ImportFileError(
      "The file is not a valid Excel workbook. Save it from Excel as \u201cExcel Workbook (.xlsx)\u201d or as \u201cCSV UTF-8\u201d.",
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFileError("The workbook has no worksheets.");
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? "");
  });
  return Array.from(rows, (r) => r ?? []);
}
