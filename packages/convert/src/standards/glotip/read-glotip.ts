import type { Aggregate } from "@tip/schema";
import { ConvertInputError } from "../../io/convert-input-error.js";
import { csvRows } from "../../io/csv-rows.js";
import type { Source } from "../../io/source.js";
import type { ConversionStream } from "../../report/conversion-stream.js";
import { bindGlotipHeader } from "./glotip-columns.js";
import { GlotipRowReader, type ReadGlotipOptions } from "./glotip-row-reader.js";
import { glotipRows } from "./glotip-rows.js";

/** How many rows may stand above the header (UNODC's export has a two-row banner). */
export const MAX_BANNER_ROWS = 20;

/** Where GLOTIP rows come from: CSV text, or the first sheet of an xlsx workbook. */
export type GlotipLayout = "csv" | "xlsx";

/**
 * Runs the GLOTIP row reader over rows of cells: rows above the header (a banner) are passed over, the header
 * is found by its column names, and each row after it becomes one aggregate record. Rows are numbered from 1
 * after the header. With `padShortRows` (a sheet, which leaves trailing empty cells out) a short row is
 * padded; otherwise it is skipped and reported, as a ragged CSV row is. Throws `ConvertInputError` when no header shows within `MAX_BANNER_ROWS` rows.
 */
export function convertGlotipRows(
  rows: AsyncIterable<readonly string[]>,
  options: ReadGlotipOptions & { readonly padShortRows?: boolean } = {},
): ConversionStream<Aggregate> {
  const reader = new GlotipRowReader(options);
  async function* records(): AsyncGenerator<Aggregate, void, undefined> {
    let seen = 0;
    let width = 0;
    let row = -1;
    for await (const cells of rows) {
      seen++;
      if (row === -1) {
        if (bindGlotipHeader(cells) !== undefined) {
          reader.header(cells);
          width = cells.length;
          row = 0;
        } else if (seen >= MAX_BANNER_ROWS) break;
        continue;
      }
      row++;
      const record = reader.row(options.padShortRows ? padded(cells, width) : cells, row);
      if (record !== undefined) yield record;
    }
    if (seen === 0) throw new ConvertInputError("empty_input", "The input holds no row at all");
    if (row === -1)
      throw new ConvertInputError(
        "missing_header_row",
        `No row among the first ${MAX_BANNER_ROWS} names the GLOTIP columns (Indicator, Year, txtVALUE)`,
      );
  }
  return { [Symbol.asyncIterator]: records, report: () => reader.report() };
}

/**
 * Reads UNODC's GLOTIP data export (CSV, or the first sheet of the xlsx workbook as published) into
 * aggregate records, one per row, streamed. Every row and cell can be written back unchanged with
 * `writeGlotipCsv` / `writeGlotipXlsx`.
 */
export function readGlotipStream(
  source: Source,
  options: ReadGlotipOptions & { readonly layout?: GlotipLayout } = {},
): ConversionStream<Aggregate> {
  const rows = options.layout === "xlsx" ? glotipRows(source) : csvRows(source);
  return convertGlotipRows(rows, { ...options, padShortRows: options.layout === "xlsx" });
}

/** A sheet row cut short by empty trailing cells, given its empty cells back. */
function padded(cells: readonly string[], width: number): readonly string[] {
  return cells.length >= width ? cells : [...cells, ...Array<string>(width - cells.length).fill("")];
}
