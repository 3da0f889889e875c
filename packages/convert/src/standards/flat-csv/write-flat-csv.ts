import { readData, type TipRecord } from "@tip/schema";
import { boxedItems, readItems } from "../../io/read-items.js";
import type { ConversionStream, WriteResult } from "../../report/conversion-stream.js";
import { type FlatCsvPlan, planFlatCsv } from "./column-plan.js";
import { type FlatCsvEntity, isFlatCsvEntity } from "./flat-csv-entity.js";
import { FlatCsvRowWriter } from "./flat-csv-row-writer.js";

/** Options of the flat CSV writers. */
export interface WriteFlatCsvOptions {
  /** Record type of the rows; records of other types are skipped. Default: the first record's type. */
  readonly entity?: FlatCsvEntity;
}

/** Options of `writeFlatCsvStream`. */
export interface WriteFlatCsvStreamOptions extends WriteFlatCsvOptions {
  /**
   * The columns to write, from `planFlatCsv` (or a `FlatCsvPlanner`) run over the same records first: a
   * stream cannot be read twice, and lists of objects and extensions need to know their widest record.
   * Values with no planned column are dropped and reported as lossy.
   */
  readonly plan: FlatCsvPlan;
  readonly entity: FlatCsvEntity;
}

function entityOf(records: readonly unknown[], options: WriteFlatCsvOptions): FlatCsvEntity {
  if (options.entity) return options.entity;
  const read = records.length > 0 ? readData(records[0]) : undefined;
  const first = read?.ok ? (read.value as { recordType?: unknown } | null)?.recordType : undefined;
  return isFlatCsvEntity(first) ? first : "victim";
}

/**
 * Writes canonical records of one type as a flat CSV: one row per record, a column per field path in schema
 * order (`exploitation.forms`, `events.0.date`), lists of values joined with `;`, formula-like cells
 * neutralised with a leading apostrophe. `readFlatCsv` reads the output back to the same records. A record
 * that cannot be read as data (a getter or proxy that throws, a cycle, nesting over 64 deep) is a skipped row
 * whose reason is the issue code; a list that cannot be read at all throws `DataReadError` (`@tip/schema`).
 */
export function writeFlatCsv(input: readonly TipRecord[], options: WriteFlatCsvOptions = {}): WriteResult {
  const records = readItems(input);
  const entity = entityOf(records, options);
  const writer = new FlatCsvRowWriter(entity, planFlatCsv(entity, records));
  const lines = [writer.header()];
  records.forEach((record, index) => {
    const line = writer.line(record, index + 1);
    if (line !== undefined) lines.push(line);
  });
  return { text: lines.join(""), report: writer.report() };
}

/** Writes records as flat CSV text chunks (header first), one record at a time. */
export function writeFlatCsvStream(
  records: AsyncIterable<unknown> | Iterable<unknown>,
  options: WriteFlatCsvStreamOptions,
): ConversionStream<string> {
  const writer = new FlatCsvRowWriter(options.entity, options.plan);
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
