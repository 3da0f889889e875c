import { textOf } from "./cell-parse.js";
import type { SourceCell } from "./source-table.js";

const WHOLE_NUMBER = /^\d+$/;

/**
 * Whether a cell is the official template's row counter: a whole number in column A, which has no header there
 * (the template numbers its 1,000 rows so). The number is no data about a person, so it is not read; any other
 * value in a column without a header is (see `value_without_header`).
 */
export function isRowCounter(column: number, cell: SourceCell): boolean {
  return column === 0 && !cell.error && WHOLE_NUMBER.test(textOf(cell.value));
}
