// A CSV or XLSX file → headers and rows of text cells. Everything that makes a file unusable
// as a whole is refused here, before anything is stored: an unreadable encoding, no header,
// no rows, too many rows. Problems with single cells (formulas, unknown options) are the dry
// run's business, reported row by row.
import { parseCsv } from "./csv";
import { decodeText } from "./decode-text";
import { ImportFileError } from "./file-error";
import { readXlsx } from "./read-xlsx";

/** `rowNumbers[i]` is row i's number as a spreadsheet shows it (the header is row 1). */
export type TTable = { headers: string[]; rows: string[][]; rowNumbers: number[] };

/** More than this is almost certainly the wrong file; 20,000 rows is the size we plan for. */
export const MAX_ROWS = 50_000;
export const MAX_COLUMNS = 500;

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === "");

export async function readTable(fileName: string, bytes: Uint8Array): Promise<TTable> {
  if (bytes.length === 0)
    throw new ImportFileError("The file is empty. Choose the CSV or Excel file with the responses in it.");
  const lower = fileName.toLowerCase();
  let cells: string[][];
  if (isZip(bytes)) {
    if (!lower.endsWith(".xlsx"))
      throw new ImportFileError("The file must be a CSV file or an Excel workbook (.xlsx).");
    cells = await readXlsx(bytes);
  } else {
    if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
      throw new ImportFileError(
        "The file is not a valid Excel workbook. Save it from Excel as \u201cExcel Workbook (.xlsx)\u201d or as \u201cCSV UTF-8\u201d.",
      );
    }
    cells = parseCsv(decodeText(bytes));
  }
  const [headerRow, ...rest] = cells;
  if (!headerRow || isBlank(headerRow))
    throw new ImportFileError(
      "The file has no column headings in its first row. Put one heading per question in the first row.",
    );
  const headers = headerRow.map((h) => h.trim());
  if (headers.length > MAX_COLUMNS)
    throw new ImportFileError(`The file has ${headers.length} columns; it can have at most ${MAX_COLUMNS}.`);
  // Spreadsheets often carry blank lines at the bottom; they are not rows of responses.
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  rest.forEach((row, i) => {
    if (isBlank(row)) return;
    rows.push(row.slice(0, headers.length).concat(Array(Math.max(0, headers.length - row.length)).fill("")));
    rowNumbers.push(i + 2);
  });
  if (rows.length === 0) throw new ImportFileError("The file has column headings but no rows of responses under them.");
  if (rows.length > MAX_ROWS)
    throw new ImportFileError(
      `The file has ${rows.length.toLocaleString("en-GB")} rows; split it into files of at most ${MAX_ROWS.toLocaleString("en-GB")} rows.`,
    );
  return { headers, rows, rowNumbers };
}
