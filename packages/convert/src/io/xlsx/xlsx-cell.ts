/** A cell's value: text, a number, a boolean, or a date (a number whose cell is formatted as a date). */
export type XlsxValue = string | number | boolean | Date;

/** One cell that holds a value; empty cells (a style only) are never handed over. */
export interface XlsxCell {
  /** Column index, 0 = column A. */
  readonly column: number;
  readonly value: XlsxValue;
  /** The cell holds a formula; `value` is its last calculated result. */
  readonly formula?: boolean;
  /** The cell holds an Excel error (`#N/A`; `value` is its code) or a formula with no calculated result. */
  readonly error?: boolean;
}

/** One row that has at least one cell with a value. */
export interface XlsxRow {
  /** Row number in the sheet, 1 = the first row. */
  readonly row: number;
  /** The cells that hold a value, by ascending column; never the empty ones between them. */
  readonly cells: readonly XlsxCell[];
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/**
 * A cell value as text, as a CSV export would hold it: numbers in the shortest form that reads back the same,
 * booleans `TRUE`/`FALSE`, dates `YYYY-MM-DD` (with `THH:MM:SS` when there is a time of day), errors by code.
 */
export function xlsxText(value: XlsxValue): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (Number.isNaN(value.getTime())) return "";
  const date = `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  const seconds = value.getUTCHours() * 3600 + value.getUTCMinutes() * 60 + value.getUTCSeconds();
  if (seconds === 0) return date;
  return `${date}T${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}`;
}

/**
 * A row as text cells, dense from column A to `width` or to the row's last cell if that is further right (so
 * that a cell beyond the header is never dropped quietly: the row comes out longer than the header).
 */
export function xlsxRowText(row: XlsxRow, width: number): string[] {
  const last = row.cells.at(-1);
  const length = Math.max(width, last === undefined ? 0 : last.column + 1);
  const cells = new Array<string>(length).fill("");
  for (const cell of row.cells) cells[cell.column] = xlsxText(cell.value);
  return cells;
}
