import { boxedItems } from "../../io/read-items.js";
import type { ConversionStream, WriteResult } from "../../report/conversion-stream.js";
import { Ctdc2024RowWriter } from "./ctdc-2024-row-writer.js";

/**
 * Writes canonical victims in the CTDC 2024 synthetic shape (codebook v2, 27 columns), so a national system
 * can contribute to CTDC. Detailed means of control are merged into the 2024 `means*` columns exactly
 * (`CTDC_2024_MEANS_GROUPS`: a column is 1 when any of its codes applies); binary columns are 1 or empty;
 * countries are alpha-3. Records of other types are skipped; the report lists what the shape cannot carry.
 * The rows are person-level: anonymise (k-anonymity, aggregation) before sharing them.
 */
export function writeCtdc2024(records: Iterable<unknown>): WriteResult {
  const writer = new Ctdc2024RowWriter();
  const lines = [writer.header()];
  let row = 0;
  for (const record of records) {
    const line = writer.line(record, ++row);
    if (line !== undefined) lines.push(line);
  }
  return { text: lines.join(""), report: writer.report() };
}

/** `writeCtdc2024` over a stream of records: CSV text chunks come out one row at a time. */
export function writeCtdc2024Stream(
  records: AsyncIterable<unknown> | Iterable<unknown>,
): ConversionStream<string> {
  const writer = new Ctdc2024RowWriter();
  async function* lines(): AsyncGenerator<string, void, undefined> {
    yield writer.header();
    let row = 0;
    for await (const { item: record } of boxedItems(records)) {
      const line = writer.line(record, ++row);
      if (line !== undefined) yield line;
    }
  }
  return { [Symbol.asyncIterator]: lines, report: () => writer.report() };
}
