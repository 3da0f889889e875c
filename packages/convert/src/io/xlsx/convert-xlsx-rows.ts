import type { ConversionStream } from "../../report/conversion-stream.js";
import { ConvertInputError } from "../convert-input-error.js";
import { convertCsvStream, type RowConverter } from "../read-rows.js";
import type { Source } from "../source.js";
import type { TextSettings } from "../text-options.js";
import { readXlsxRows, type XlsxRowsOptions } from "./read-xlsx-rows.js";
import { capsOf } from "./xlsx-caps.js";
import { xlsxRowText } from "./xlsx-cell.js";
import type { XlsxSource } from "./zip-archive.js";
import { sniffZip } from "./zip-sniff.js";

/**
 * Runs a row converter over a sheet of a workbook, read as a stream: the first row with a value is the header,
 * each later row with a value is a data row numbered from 1 (as in CSV, where blank lines are not rows). Rows
 * are text cells as a CSV export holds them (see `xlsxText`), as wide as the header, or wider when a row has a
 * value beyond it (so the converter sees it rather than losing it).
 */
export async function* convertXlsxRows<R>(
  source: XlsxSource,
  converter: RowConverter<R>,
  options: XlsxRowsOptions = {},
): AsyncGenerator<R, void, undefined> {
  let width = -1;
  let row = 0;
  converter.sheet?.((options.sheet ?? 0) + 1);
  for await (const read of readXlsxRows(source, options)) {
    if (width < 0) {
      const header = xlsxRowText(read, 0);
      width = header.length;
      converter.header(header);
      continue;
    }
    row++;
    const record = converter.row(xlsxRowText(read, width), row);
    if (record !== undefined) yield record;
  }
  if (width < 0) {
    throw new ConvertInputError(
      "empty_input",
      `The workbook's sheet ${(options.sheet ?? 0) + 1} holds no row at all`,
      undefined,
      undefined,
      undefined,
      { sheet: (options.sheet ?? 0) + 1 },
    );
  }
}

/**
 * Runs a row converter over CSV text or an .xlsx workbook (its first sheet, unless `options.sheet`), told apart
 * by the first bytes; the workbook is unzipped from memory (up to `caps.maxFileBytes`), the CSV streamed.
 */
export function convertRowsOfAnySource<R>(
  source: Source,
  converter: RowConverter<R>,
  options: XlsxRowsOptions = {},
  settings?: TextSettings,
): ConversionStream<R> {
  async function* records(): AsyncGenerator<R, void, undefined> {
    const sniffed = await sniffZip(source, capsOf(options.caps).maxFileBytes);
    if (sniffed.kind === "zip") yield* convertXlsxRows(sniffed.bytes, converter, options);
    else yield* convertCsvStream(sniffed.source, converter, settings);
  }
  return { [Symbol.asyncIterator]: records, report: () => converter.report() };
}
