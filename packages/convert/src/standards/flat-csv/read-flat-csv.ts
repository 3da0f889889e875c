import type { TipRecord } from "@tip/schema";
import { convertCsvStream, convertCsvText } from "../../io/read-rows.js";
import type { Source } from "../../io/source.js";
import { textSettingsOf } from "../../io/text-options.js";
import type { ConversionResult } from "../../report/conversion-report.js";
import type { ConversionStream } from "../../report/conversion-stream.js";
import { FlatCsvRowReader, type ReadFlatCsvOptions } from "./flat-csv-row-reader.js";

/**
 * Reads a flat CSV (one record per row, dotted column paths) held in memory into canonical records. Cells
 * are typed by the schema; values that do not read (an unknown code, `abc` in a number column) are reported
 * with row and column and kept under `extensions.csv`, as are columns the model does not know.
 * Bytes are decoded as `options.encoding` says and the delimiter is found in the header (see
 * `TextReadOptions`). Throws `ConvertInputError` when the input is empty, has no header row, is not CSV or
 * not text in the encoding.
 */
export function readFlatCsv(
  text: string | Uint8Array,
  options?: ReadFlatCsvOptions,
): ConversionResult<TipRecord> {
  return convertCsvText(text, new FlatCsvRowReader(options), textSettingsOf(options));
}

/** `readFlatCsv` over a stream: records come out one at a time, with the report at the end. */
export function readFlatCsvStream(source: Source, options?: ReadFlatCsvOptions): ConversionStream<TipRecord> {
  return convertCsvStream(source, new FlatCsvRowReader(options), textSettingsOf(options));
}
