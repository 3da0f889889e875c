import { readXlsxRows, type XlsxReadOptions } from "../../io/xlsx/read-xlsx-rows.js";
import { xlsxRowText } from "../../io/xlsx/xlsx-cell.js";
import type { XlsxSource } from "../../io/xlsx/zip-archive.js";

/**
 * The rows of the first sheet of an xlsx workbook as text cells, streamed through the capped workbook reader:
 * each row dense up to its last cell, values as a CSV export holds them (the export's numeric year as
 * `2010`). The reader reads only sheets, strings and styles, so a drawing the workbook names but lacks (as
 * UNODC's export does) does no harm. Rows without a value are not rows, as blank CSV lines.
 */
export async function* glotipRows(
  source: XlsxSource,
  options: XlsxReadOptions = {},
): AsyncGenerator<string[], void, undefined> {
  for await (const row of readXlsxRows(source, { ...options, sheet: 0 })) yield xlsxRowText(row, 0);
}
