/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection), plus tab and CR. */
const DANGEROUS = /^[=+\-@\t\r]/;
/** A cell that starts with one or more apostrophes followed by a dangerous character. */
const ESCAPED = /^'+[=+\-@\t\r]/;
/** A plain decimal number, e.g. `-12.5` or `-1e3`: spreadsheets read it as a number, never a formula. */
const PLAIN_NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Neutralises CSV formula injection: a cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading
 * apostrophe, so spreadsheets show it as text. Plain numbers (`-5`) are left alone. A cell that already
 * starts with apostrophes before such a character gets one more, so `restoreFormula` is an exact inverse.
 */
export function neutraliseFormula(cell: string): string {
  if (cell === "" || PLAIN_NUMBER.test(cell)) return cell;
  return DANGEROUS.test(cell) || ESCAPED.test(cell) ? `'${cell}` : cell;
}

/** Undoes `neutraliseFormula`: `'=SUM(A1)` reads back as `=SUM(A1)`; `'abc` stays as it is. */
export function restoreFormula(cell: string): string {
  return cell.charCodeAt(0) === 39 && ESCAPED.test(cell) ? cell.slice(1) : cell;
}
