import type { ConversionReport, ConversionResult } from "../report/conversion-report.js";
import type { ConversionStream } from "../report/conversion-stream.js";
import { ConvertInputError } from "./convert-input-error.js";
import { type CsvRow, csvRowBatches, csvRowsSync, isBlankRow } from "./csv-rows.js";
import type { MalformedReason } from "./csv-splitter.js";
import type { Source } from "./source.js";
import type { CsvDialect, TextSettings } from "./text-options.js";

/** A converter of CSV rows: the header first, then each data row (numbered from 1). */
export interface RowConverter<R> {
  /** Hears the delimiter and decimal mark of the file before its header. */
  dialect?(dialect: CsvDialect): void;
  header(cells: readonly string[]): void;
  row(cells: readonly string[], row: number): R | undefined;
  /** A row that could not be read as CSV: counted as skipped, with the reason and the line it starts at. */
  malformed(reason: MalformedReason, row: number, line: number): void;
  /** Hears that the rows come from a workbook's sheet, by position (1 = the first), for the report. */
  sheet?(position: number): void;
  report(): ConversionReport;
}

/** Feeds CSV rows to a converter: the first non-blank row is the header; blank rows are passed over. */
class RowFeed<R> {
  private row = -1;

  constructor(private readonly converter: RowConverter<R>) {}

  take(item: CsvRow): R | undefined {
    if ("malformed" in item) {
      if (this.row === -1)
        throw new ConvertInputError(
          "csv_malformed",
          `The header row cannot be read as CSV at line ${item.line} (${item.malformed})`,
          item.line,
        );
      this.converter.malformed(item.malformed, ++this.row, item.line);
      return undefined;
    }
    if (isBlankRow(item.cells)) return undefined;
    if (this.row === -1) {
      this.converter.header(item.cells);
      this.row = 0;
      return undefined;
    }
    return this.converter.row(item.cells, ++this.row);
  }

  end(): void {
    if (this.row === -1) throw new ConvertInputError("empty_input", "The input holds no CSV row at all");
  }
}

/** Runs a row converter over a whole CSV text held in memory. */
export function convertCsvText<R>(
  text: string | Uint8Array,
  converter: RowConverter<R>,
  settings?: TextSettings,
): ConversionResult<R> {
  const feed = new RowFeed(converter);
  const records: R[] = [];
  for (const item of csvRowsSync(text, settings, (dialect) => converter.dialect?.(dialect))) {
    const record = feed.take(item);
    if (record !== undefined) records.push(record);
  }
  feed.end();
  return { records, report: converter.report() };
}

/** Runs a row converter over a CSV source read as a stream: records come out one at a time. */
export function convertCsvStream<R>(
  source: Source,
  converter: RowConverter<R>,
  settings?: TextSettings,
): ConversionStream<R> {
  async function* records(): AsyncGenerator<R, void, undefined> {
    const feed = new RowFeed(converter);
    const batches = csvRowBatches(source, settings, (dialect) => converter.dialect?.(dialect));
    for await (const items of batches) {
      for (const item of items) {
        const record = feed.take(item);
        if (record !== undefined) yield record;
      }
    }
    feed.end();
  }
  return { [Symbol.asyncIterator]: records, report: () => converter.report() };
}
