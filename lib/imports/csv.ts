// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks; lines end with
// CRLF, LF or CR. Spreadsheets in some locales separate with semicolons or tabs, so the
// separator is whichever of those the header line uses most (outside quotes).
import { ImportFileError } from "./file-error";

const SEPARATORS = [",", ";", "\t"] as const;

function detectSeparator(text: string): string {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  return [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

/** Rows of cells, exactly as written (no trimming). A trailing line break adds no row. */
export function parseCsv(text: string): string[][] {
  const separator = detectSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let quoteLine = 0;
  let line = 1;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === "\n") line++;
        cell += char;
      }
    } else if (char === '"' && cell === "") {
      quoted = true;
      quoteLine = line;
    } else if (char === separator) endCell();
    else if (char === "\r" || char === "\n") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      line++;
      endRow();
    } else cell += char;
  }
  if (quoted)
    throw new ImportFileError(
      `Line ${quoteLine} of the file opens a quoted value with \u201c"\u201d that is never closed. Check the file is a CSV file and try again.`,
    );
  if (cell !== "" || row.length > 0) endRow();
  return rows;
}
