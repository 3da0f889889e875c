import { ConvertInputError } from "../../io/convert-input-error.js";
import { type CsvRow, csvRowsSync } from "../../io/csv-rows.js";
import { restoreFormula } from "../../io/formula-injection.js";
import type { CsvDialect, TextSettings } from "../../io/text-options.js";
import { findHeader, HEADER_SEARCH_ROWS } from "./find-header.js";
import { isRowCounter } from "./row-counter.js";
import type { SourceCell, SourceColumn, SourceRow, SourceTable } from "./source-table.js";

/**
 * The rows of a CSV text or bytes (decoded as `settings.encoding` says), header included: cells, or a row that
 * could not be read as CSV (its reason and line; the rows after it are read on), with the dialect found in the
 * header line (or forced by the settings).
 */
export function csvRecords(
  input: string | Uint8Array,
  settings: TextSettings = { encoding: "auto" },
): { rows: CsvRow[]; dialect: CsvDialect } {
  let dialect: CsvDialect = { delimiter: ",", decimalComma: false };
  const rows = csvRowsSync(input, settings, (found) => {
    dialect = found;
  });
  return { rows, dialect };
}

/** A row that could not be read as CSV, for the report: its number and the reason. */
export interface SkippedSourceRow {
  readonly row: number;
  readonly reason: string;
}

/**
 * Reads HTCDS CSV into a source table: a header of field names (any spelling) or labels, optionally followed by
 * a row of labels (a template saved as CSV), then one person per row. Cells stay text; the apostrophe that
 * neutralises formula injection (`'=...`) is removed. Rows are numbered from 1 = the first data row.
 */
export function readCsvTable(
  input: string | Uint8Array,
  settings?: TextSettings,
  separator: ";" | " " = ";",
): SourceTable & { readonly skip: readonly SkippedSourceRow[] } {
  const { rows: read, dialect } = csvRecords(input, settings);
  const rows = read.map((row) => ("cells" in row ? row.cells : []));
  const cells = (row: readonly string[] | undefined) =>
    (row ?? []).map((cell) => (cell.trim() === "" ? undefined : cell.trim()));
  const header = findHeader(rows.slice(0, HEADER_SEARCH_ROWS).map(cells));
  if (header === undefined) {
    const what =
      rows.length === 0
        ? "The CSV is empty"
        : `The CSV has no header row of HTCDS field names or labels in its first ${HEADER_SEARCH_ROWS} rows`;
    throw new ConvertInputError(rows.length === 0 ? "empty_input" : "missing_header_row", what);
  }
  const headerCells = cells(rows[header.header]);
  const labelCells = header.labels === undefined ? [] : cells(rows[header.labels]);
  const width = Math.max(...rows.map((row) => row.length));
  const columns: SourceColumn[] = Array.from({ length: width }, (_, c) => {
    const first = headerCells[c];
    const label = header.byName ? labelCells[c] : first;
    return {
      ...(header.byName && first !== undefined ? { name: first } : {}),
      ...(label !== undefined ? { label } : {}),
    };
  });
  const firstData = (header.labels ?? header.header) + 1;
  const data: SourceRow[] = [];
  const skip: SkippedSourceRow[] = [];
  read.slice(firstData).forEach((item, index) => {
    if ("malformed" in item) {
      skip.push({ row: index + 1, reason: item.malformed });
      return;
    }
    const row = item.cells;
    const read = new Map<number, SourceCell>();
    let hasData = false;
    row.forEach((cell, c) => {
      const value = restoreFormula(cell.trim());
      if (value === "") return;
      read.set(c, { value });
      hasData ||= (columns[c]?.name ?? columns[c]?.label) !== undefined || !isRowCounter(c, { value });
    });
    // A row whose only value is the template's row counter is blank; a value without a header is not.
    if (hasData) data.push({ row: index + 1, cells: read });
  });
  return {
    columns,
    labels: true,
    rows: data,
    separator,
    decimalComma: dialect.decimalComma,
    skip,
    rowCounter: true,
  };
}
