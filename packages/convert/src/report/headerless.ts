import { columnName } from "./column-name.js";
import type { ReportBuilder } from "./report-builder.js";

// A value in a column without a header (under an empty header cell, or beyond the header's last cell) cannot be
// named, so no reader keeps it: it is reported by row and column number, and its row is never converted whole.

/** The code under which such a value is reported (as an invalid value, and as the reason a row is skipped). */
export const VALUE_WITHOUT_HEADER = "value_without_header";

const NOTE = "column without a header: its values were not read";

/** Reports a value found in a column without a header (`index` from 0) of a data row. */
export function reportHeaderless(builder: ReportBuilder, row: number, index: number): void {
  const column = columnName(index);
  builder.field(column, "lossy", [], NOTE);
  builder.seen(column);
  builder.invalidValue({ row, column, code: VALUE_WITHOUT_HEADER });
}

/**
 * Skips a data row whose cells do not line up with the header's `width` columns, reporting each value beyond the
 * header by row and column number. The reason is `value_without_header` when a value lies beyond the header,
 * else `csv_row_length` (a CSV row with fewer cells, or with empty cells only after the header's last).
 */
export function skipRaggedRow(
  builder: ReportBuilder,
  cells: readonly string[],
  width: number,
  row: number,
): void {
  let beyond = false;
  for (let index = width; index < cells.length; index++) {
    if ((cells[index] as string).trim() === "") continue;
    beyond = true;
    builder.invalidValue({ row, column: columnName(index), code: VALUE_WITHOUT_HEADER });
  }
  builder.skippedRow(beyond ? VALUE_WITHOUT_HEADER : "csv_row_length", row);
}
