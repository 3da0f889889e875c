import { ConvertInputError } from "../../io/convert-input-error.js";
import { columnLetters } from "../../io/xlsx/column-letters.js";
import { XlsxWorkbook } from "../../io/xlsx/read-xlsx-rows.js";
import type { XlsxCaps } from "../../io/xlsx/xlsx-caps.js";
import type { XlsxCell } from "../../io/xlsx/xlsx-cell.js";
import type { XlsxSource } from "../../io/xlsx/zip-archive.js";
import { textOf } from "./cell-parse.js";
import { findHeader, HEADER_SEARCH_ROWS, type HeaderRows } from "./find-header.js";
import { isRowCounter } from "./row-counter.js";
import type { SourceCell, SourceColumn, SourceRow, SourceTable } from "./source-table.js";

/** A workbook cell as the HTCDS reader takes it; `undefined` for text that is only spaces. */
function sourceCellOf(cell: XlsxCell): SourceCell | undefined {
  const { value } = cell;
  if (typeof value === "string" && value.trim() === "") return undefined;
  return { value, ...(cell.formula ? { formula: true } : {}), ...(cell.error ? { error: true } : {}) };
}

function headerText(cell: XlsxCell): string | undefined {
  const read = sourceCellOf(cell);
  if (read === undefined || read.error) return undefined;
  const text = textOf(read.value);
  return text === "" ? undefined : text;
}

/** The first rows of a sheet as header candidates (row 1 at index 0, empty rows included); stops reading there. */
async function leadingRows(workbook: XlsxWorkbook, sheet: number): Promise<(string | undefined)[][]> {
  const rows: (string | undefined)[][] = [];
  for await (const { row, cells } of workbook.rows(sheet)) {
    if (row > HEADER_SEARCH_ROWS) break;
    while (rows.length < row - 1) rows.push([]);
    const texts: (string | undefined)[] = [];
    for (const cell of cells) texts[cell.column] = headerText(cell);
    rows.push(Array.from(texts));
  }
  return rows;
}

/** The sheet to read and its header: the one asked for, else the first with field names, else with labels. */
async function pickSheet(workbook: XlsxWorkbook, wanted: string | undefined) {
  const count = workbook.sheetCount;
  let candidates = Array.from({ length: count }, (_, index) => index);
  if (wanted !== undefined) {
    const index = workbook.sheetIndex(wanted);
    // The name is the user's, but it is never printed: sheet names can hold anything.
    if (index === undefined) {
      throw new ConvertInputError(
        "missing_header_row",
        `The workbook has no sheet of the name given (it has ${count} sheets)`,
      );
    }
    candidates = [index];
  }
  let byLabel: { sheet: number; rows: (string | undefined)[][]; header: HeaderRows } | undefined;
  for (const sheet of candidates) {
    const rows = await leadingRows(workbook, sheet);
    const header = findHeader(rows);
    if (header?.byName) return { sheet, rows, header };
    if (header !== undefined) byLabel ??= { sheet, rows, header };
  }
  if (byLabel !== undefined) return byLabel;
  const where =
    wanted === undefined
      ? `No sheet of the workbook (${count} sheets) has a`
      : `The sheet asked for (sheet ${(candidates[0] as number) + 1}) has no`;
  throw new ConvertInputError(
    "missing_header_row",
    `${where} header row of HTCDS field names or labels in its first ${HEADER_SEARCH_ROWS} rows`,
  );
}

/** Options of the workbook reader. */
export interface XlsxTableOptions {
  /** The sheet to read; default: the first sheet with a header row of HTCDS field names (else labels). */
  readonly sheet?: string;
  /** Limits of the workbook reader; see `XlsxCaps`. */
  readonly caps?: Partial<XlsxCaps>;
}

/**
 * Reads an HTCDS workbook (the official template or any sheet with HTCDS field names or labels as header) into a
 * source table, through the capped workbook reader: the sheets' first rows to find the header, then the chosen
 * sheet as a stream, keeping only cells that hold a value. Rows are worksheet row numbers; columns are
 * letters. Rows whose only value is the template's row counter (column A, see `isRowCounter`) are blank.
 */
export async function readXlsxTable(
  source: XlsxSource,
  options: XlsxTableOptions = {},
): Promise<SourceTable> {
  const workbook = await XlsxWorkbook.open(source, { caps: options.caps });
  try {
    const { sheet, rows, header } = await pickSheet(workbook, options.sheet);
    const headerCells = rows[header.header] ?? [];
    const labelCells = header.labels === undefined ? [] : (rows[header.labels] ?? []);
    const named = (column: number) =>
      headerCells[column] !== undefined || (header.labels !== undefined && labelCells[column] !== undefined);
    const firstData = (header.labels ?? header.header) + 2;
    let width = rows.reduce((most, row) => Math.max(most, row.length), 0);
    const data: SourceRow[] = [];
    for await (const { row, cells: read } of workbook.rows(sheet)) {
      const last = read.at(-1);
      if (last !== undefined) width = Math.max(width, last.column + 1);
      if (row < firstData) continue;
      const cells = new Map<number, SourceCell>();
      let hasData = false;
      for (const cell of read) {
        const value = sourceCellOf(cell);
        if (value === undefined) continue;
        cells.set(cell.column, value);
        hasData ||= named(cell.column) || !isRowCounter(cell.column, value);
      }
      // A row whose only value is the template's row counter is blank; a value without a header is not.
      if (hasData) data.push({ row, cells });
    }
    const columns: SourceColumn[] = Array.from({ length: width }, (_, c) => {
      const first = headerCells[c];
      const label = header.byName ? labelCells[c] : first;
      return {
        letter: columnLetters(c + 1),
        ...(header.byName && first !== undefined ? { name: first } : {}),
        ...(label !== undefined ? { label } : {}),
      };
    });
    return {
      columns,
      labels: true,
      rows: data,
      separator: ";",
      date1904: workbook.date1904,
      rowCounter: true,
      sheet: sheet + 1,
    };
  } finally {
    workbook.close();
  }
}
