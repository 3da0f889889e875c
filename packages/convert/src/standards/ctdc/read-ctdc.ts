import type { Victim } from "@tip/schema";
import { convertCsvText } from "../../io/read-rows.js";
import type { Source } from "../../io/source.js";
import { textSettingsOf } from "../../io/text-options.js";
import { convertRowsOfAnySource, convertXlsxRows } from "../../io/xlsx/convert-xlsx-rows.js";
import type { XlsxReadOptions } from "../../io/xlsx/read-xlsx-rows.js";
import type { XlsxSource } from "../../io/xlsx/zip-archive.js";
import type { ConversionResult } from "../../report/conversion-report.js";
import type { ConversionStream } from "../../report/conversion-stream.js";
import { CtdcRowReader, type ReadCtdcOptions } from "./ctdc-row-reader.js";

/**
 * Reads a CTDC victim-level CSV held in memory, either generation: the k-anonymised global data set
 * (2017-2021, `meansOfControl*` columns, 0/1/-99) or the 2024 synthetic data set (`means*` columns, 1 or
 * empty, alpha-3 countries). `-99` and empty cells are missing; `00` is the unknown country `XX`; `NA` is
 * Namibia; age bands in either dash style; column names cut to 32 characters are recognised. Each row
 * becomes one victim with a deterministic id (see `ReadCtdcOptions.idSeed`). The report marks the merged 2024
 * columns lossy: their flag is kept under `extensions.ctdc` and no code is guessed.
 * Bytes are decoded as `options.encoding` says and the delimiter is found in the header (see
 * `TextReadOptions`): a Spanish Excel file (`;`, decimal commas, windows-1252) reads like its UTF-8 twin.
 * Throws `ConvertInputError` when the input is empty, has no header row, is not CSV or not text in the encoding.
 */
export function readCtdc(text: string | Uint8Array, options?: ReadCtdcOptions): ConversionResult<Victim> {
  return convertCsvText(text, new CtdcRowReader(options), textSettingsOf(options));
}

/**
 * `readCtdc` over a stream, with bounded memory: victims come out one at a time, the report at the end. An
 * .xlsx workbook (CTDC published its 2021 release so) is recognised by its first bytes and its first sheet read
 * as the CSV would be; it is unzipped from memory, so give `readCtdcXlsxStream` a file path when there is one.
 */
export function readCtdcStream(
  source: Source,
  options?: ReadCtdcOptions & XlsxReadOptions,
): ConversionStream<Victim> {
  const converter = new CtdcRowReader(options);
  return convertRowsOfAnySource(source, converter, { caps: options?.caps }, textSettingsOf(options));
}

/**
 * CTDC victims from the first sheet of an .xlsx workbook (a file path, read piece by piece, or its bytes), as
 * a stream: the same rows, ids and report as the CSV export of that sheet. The workbook is read within the
 * limits of `XlsxCaps`; over one, or damaged, it throws `ConvertInputError` naming the sheet by position.
 */
export function readCtdcXlsxStream(
  source: XlsxSource,
  options?: ReadCtdcOptions & XlsxReadOptions,
): ConversionStream<Victim> {
  const converter = new CtdcRowReader(options);
  return {
    [Symbol.asyncIterator]: () => convertXlsxRows(source, converter, { caps: options?.caps }),
    report: () => converter.report(),
  };
}
