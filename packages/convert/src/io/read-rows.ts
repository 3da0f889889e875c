import type { ConversionReport, ConversionResult } from "../report/conversion-report.js";
import type { ConversionStream } from "../report/conversion-stream.js";
import { ConvertInputError } from "./convert-input-error.js";
import { csvRows, csvRowsSync } from "./csv-rows.js";
import type { Source } from "./source.js";
import type { CsvDialect, TextSettings } from "./text-options.js";

/** A converter of CSV rows: the header first, then each data row (numbered from 1). */
export interface RowConverter<R> {
  /** Hears the delimiter and decimal mark of the file before its header. */
  dialect?(dialect: CsvDialect): void;
  header(cells: readonly string[]): void;
  row(cells: readonly string[], row: number): R | undefined;
  report(): ConversionReport;
}

/** Runs a row converter over a whole CSV text held in memory. */
export function convertCsvText<R>(
  text: string | Uint8Array,
  converter: RowConverter<R>,
  settings?: TextSettings,
): ConversionResult<R> {
  const rows = csvRowsSync(text, settings, (dialect) => converter.dialect?.(dialect));
  const [header, ...data] = rows;
  if (header === undefined) throw new ConvertInputError("empty_input", "The input holds no CSV row at all");
  converter.header(header);
  const records: R[] = [];
  data.forEach((cells, index) => {
    const record = converter.row(cells, index + 1);
    if (record !== undefined) records.push(record);
  });
  return { records, report: converter.report() };
}

/** Runs a row converter over a CSV source read as a stream: records come out one at a time. */
export function convertCsvStream<R>(
  source: Source,
  converter: RowConverter<R>,
  settings?: TextSettings,
): ConversionStream<R> {
  async function* records(): AsyncGenerator<R, void, undefined> {
    let row = -1;
    for await (const cells of csvRows(source, settings, (dialect) => converter.dialect?.(dialect))) {
      if (row === -1) converter.header(cells);
      else {
        const record = converter.row(cells, row + 1);
        if (record !== undefined) yield record;
      }
      row++;
    }
    if (row === -1) throw new ConvertInputError("empty_input", "The input holds no CSV row at all");
  }
  return { [Symbol.asyncIterator]: records, report: () => converter.report() };
}
