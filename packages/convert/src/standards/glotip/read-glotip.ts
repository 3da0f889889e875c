import type { Aggregate } from "@tip/schema";
import { ConvertInputError } from "../../io/convert-input-error.js";
import { type CsvRow, csvRows, isBlankRow } from "../../io/csv-rows.js";
import type { Source } from "../../io/source.js";
import { type TextReadOptions, textSettingsOf } from "../../io/text-options.js";
import type { XlsxReadOptions } from "../../io/xlsx/read-xlsx-rows.js";
import { capsOf } from "../../io/xlsx/xlsx-caps.js";
import { sniffZip } from "../../io/xlsx/zip-sniff.js";
import type { ConversionStream } from "../../report/conversion-stream.js";
import { bindGlotipHeader } from "./glotip-columns.js";
import { GlotipRowReader, type ReadGlotipOptions } from "./glotip-row-reader.js";
import { glotipRows } from "./glotip-rows.js";

/** How many rows may stand above the header (UNODC's export has a two-row banner). */
export const MAX_BANNER_ROWS = 20;

/** Options of `convertGlotipRows`. */
export interface GlotipRowsOptions extends ReadGlotipOptions {
  /**
   * Whether a row shorter than the header is padded with empty cells (a sheet leaves trailing empty cells
   * out), asked once the rows have started; otherwise it is skipped and reported, as a ragged CSV row is.
   */
  readonly padShortRows?: () => boolean;
  /** The sheet the rows come from, by position (1 = first), asked once the rows have started; none for CSV. */
  readonly sheet?: () => number | undefined;
}

/**
 * Runs the GLOTIP row reader over rows of cells: rows above the header (a banner) are passed over, the header
 * is found by its column names, and each row after it becomes one aggregate record; a row of empty cells is
 * passed over, as a blank line is. Rows are numbered from 1 after the header. Throws `ConvertInputError` when
 * no header shows within `MAX_BANNER_ROWS` rows.
 */
export function convertGlotipRows(
  rows: AsyncIterable<readonly string[] | Extract<CsvRow, { malformed: unknown }>>,
  options: GlotipRowsOptions = {},
): ConversionStream<Aggregate> {
  const reader = new GlotipRowReader(options);
  async function* records(): AsyncGenerator<Aggregate, void, undefined> {
    let seen = 0;
    let width = 0;
    let row = -1;
    for await (const cells of rows) {
      seen++;
      if ("malformed" in cells) {
        // A CSV row that could not be split: above the header it could be the header itself.
        if (row === -1)
          throw new ConvertInputError(
            "csv_malformed",
            `A row above the GLOTIP header cannot be read as CSV at line ${cells.line} (${cells.malformed})`,
            cells.line,
          );
        reader.malformed(cells.malformed, ++row, cells.line);
        continue;
      }
      // A row of empty cells (Excel's trailing `,,,,`) is no more a row than a blank line is.
      if (isBlankRow(cells)) continue;
      if (row === -1) {
        if (bindGlotipHeader(cells) !== undefined) {
          const sheet = options.sheet?.();
          if (sheet !== undefined) reader.sheet(sheet);
          reader.header(cells);
          width = cells.length;
          row = 0;
        } else if (seen >= MAX_BANNER_ROWS) break;
        continue;
      }
      row++;
      const pad = cells.length < width && options.padShortRows?.() === true;
      const record = reader.row(pad ? padded(cells, width) : cells, row);
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
 * Reads UNODC's GLOTIP data export into aggregate records, one per row, streamed: CSV text (decoded and
 * delimited as `TextReadOptions` say), or the first sheet of the xlsx workbook as published, told apart by the
 * first bytes (a workbook is unzipped from memory, within `options.caps`). Every row and cell can be written
 * back unchanged with `writeGlotipCsv` / `writeGlotipXlsx`.
 */
export function readGlotipStream(
  source: Source,
  options: ReadGlotipOptions & TextReadOptions & XlsxReadOptions = {},
): ConversionStream<Aggregate> {
  let workbook = false;
  async function* rows(): AsyncGenerator<readonly string[] | Extract<CsvRow, { malformed: unknown }>> {
    const sniffed = await sniffZip(source, capsOf(options.caps).maxFileBytes);
    workbook = sniffed.kind === "zip";
    if (sniffed.kind === "zip") yield* glotipRows(sniffed.bytes, { caps: options.caps });
    else
      for await (const row of csvRows(sniffed.source as Source, textSettingsOf(options)))
        yield "cells" in row ? row.cells : row;
  }
  return convertGlotipRows(rows(), {
    idSeed: options.idSeed,
    padShortRows: () => workbook,
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    sheet: () => (workbook ? 1 : undefined),
  });
}

/** A sheet row cut short by empty trailing cells, given its empty cells back. */
function padded(cells: readonly string[], width: number): readonly string[] {
  return [...cells, ...Array<string>(width - cells.length).fill("")];
}
