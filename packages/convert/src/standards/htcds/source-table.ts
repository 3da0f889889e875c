/** A cell value as a source gives it: Excel numbers, booleans and dates; CSV text; JSON text, numbers, booleans. */
export type CellValue = string | number | boolean | Date;

/** One non-empty cell. */
export interface SourceCell {
  readonly value: CellValue;
  /** The cell held a formula; `value` is its last calculated result. */
  readonly formula?: boolean;
  /** The cell held an Excel error (`#N/A`, `#REF!`): there is no value to read. */
  readonly error?: boolean;
}

/** A column of the source. */
export interface SourceColumn {
  /**
   * The column's letter in a workbook (`N`), where reports point at its cells. Absent in CSV and JSON, whose
   * headers may hold any text (a label with a person's name in it): reports name those columns by the HTCDS
   * field they feed or by their number, never by the header.
   */
  readonly letter?: string;
  /** The field name in the header (hidden row 1 of the template, the CSV header, the JSON key), if any. */
  readonly name?: string;
  /** The human label (row 2 of the template), if any. */
  readonly label?: string;
  /**
   * The column's position in the source (0 = the first), when it differs from its index in the table (an
   * XLSForm export joins columns); reports name a column without a usable header by it (`column 5`).
   */
  readonly position?: number;
}

/** One data row: cells by column index (sparse). */
export interface SourceRow {
  /** The row number the report gives: the worksheet row in a workbook, else 1 = the first data row. */
  readonly row: number;
  readonly cells: ReadonlyMap<number, SourceCell>;
  /** A stable identifier of the row in its source system (an XLSForm submission's instanceID), if any. */
  readonly instanceId?: string;
}

/** What a reader hands to the converter: columns and rows, however the source was laid out. */
export interface SourceTable {
  readonly columns: readonly SourceColumn[];
  readonly rows: readonly SourceRow[];
  /** How a multi-select picklist joins its values: `;` in the templates and CSV, a space in XLSForm. */
  readonly separator: ";" | " ";
  /** Workbook dates count from 1904 (old Mac workbooks), for serial numbers in date columns. */
  readonly date1904?: boolean;
  /** Number cells are written with a decimal comma (`16,0`: a `;` CSV from Excel in a comma locale). */
  readonly decimalComma?: boolean;
  /** Whether headers may be labels (`First Name`); false for XLSForm exports, whose headers are field names. */
  readonly labels: boolean;
  /** Column A may hold the official template's row counter (see `isRowCounter`): workbooks and CSV. */
  readonly rowCounter?: boolean;
  /** The workbook sheet read, by position (1 = the first); absent for text input. */
  readonly sheet?: number;
}
