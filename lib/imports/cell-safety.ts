// Spreadsheet formula injection (OWASP "CSV injection"): a cell starting with = + - @ (or a tab
// or carriage return before one) can run as a formula when the data is exported and opened in
// Excel again. Such cells are refused with their own message, never evaluated or "cleaned".
// Plain numbers such as -3 or +44 are data, not formulas, and pass.
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

export function isFormulaCell(cell: string): boolean {
  const text = cell.trim();
  return /^[=+\-@]/.test(text) && !PLAIN_NUMBER.test(text);
}

export const FORMULA_PROBLEM =
  "The cell starts with \u201c=\u201d, \u201c+\u201d, \u201c-\u201d or \u201c@\u201d, so a spreadsheet would treat it as a formula. We do not import formulas: replace it with the plain text of the answer";

/**
 * For exports: a text cell a spreadsheet would run as a formula (or that starts with a tab or
 * carriage return, which Excel skips before one) gets a leading apostrophe, so it opens as the
 * text the respondent wrote. Plain numbers such as -3 stay as they are.
 */
export function neutraliseFormula(cell: string): string {
  return /^[\t\r]/.test(cell) || isFormulaCell(cell) ? `'${cell}` : cell;
}
