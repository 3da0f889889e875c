import type { Source } from "../io/source.js";
import type { ConversionReport } from "../report/conversion-report.js";
import { writeCtdc2024Stream } from "../standards/ctdc/write-ctdc-2024.js";
import { type FlatCsvPlan, FlatCsvPlanner } from "../standards/flat-csv/column-plan.js";
import type { FlatCsvEntity } from "../standards/flat-csv/flat-csv-entity.js";
import { writeFlatCsvStream } from "../standards/flat-csv/write-flat-csv.js";
import { writeTipNdjson } from "../standards/tip/write-tip-ndjson.js";
import { type ReadCanonicalOptions, readCanonicalStream } from "./read-canonical.js";

/** The formats `convertStream` writes as a stream. */
export type StreamTargetFormat = "tip" | "ctdc" | "csv";

/** Options of `convertStream`. */
export interface ConvertStreamOptions extends ReadCanonicalOptions {
  readonly to: StreamTargetFormat;
  /**
   * Flat CSV output: the columns, from `planFlatCsvStream` over the same input (a stream is read once).
   * Without it the records are held in memory to plan the columns.
   */
  readonly plan?: FlatCsvPlan;
}

/** The reports of a conversion: reading into canonical records, and writing them out (not for `tip`). */
export interface ConversionReports {
  readonly read: ConversionReport;
  readonly write?: ConversionReport;
}

/** Output text chunks of a conversion, with its reports once iterated. */
export interface ConvertedStream extends AsyncIterable<string> {
  reports(): ConversionReports;
}

/**
 * Converts a source from one format to another through the canonical model, as a stream of output text
 * chunks: CTDC, flat CSV or canonical NDJSON in; canonical NDJSON, CTDC 2024 or flat CSV out. Memory stays
 * bounded (one record at a time) except for flat CSV output without a `plan`.
 */
export function convertStream(source: Source, options: ConvertStreamOptions): ConvertedStream {
  const read = readCanonicalStream(source, options);
  if (options.to === "tip") {
    return { [Symbol.asyncIterator]: () => writeTipNdjson(read), reports: () => ({ read: read.report() }) };
  }
  if (options.to === "ctdc") {
    const written = writeCtdc2024Stream(read);
    return {
      [Symbol.asyncIterator]: () => written[Symbol.asyncIterator](),
      reports: () => ({ read: read.report(), write: written.report() }),
    };
  }
  const entity: FlatCsvEntity = options.entity ?? "victim";
  let written: ReturnType<typeof writeFlatCsvStream> | undefined;
  async function* chunks(): AsyncGenerator<string, void, undefined> {
    let records: AsyncIterable<unknown> = read;
    let plan = options.plan;
    if (plan === undefined) {
      const held: unknown[] = [];
      const planner = new FlatCsvPlanner(entity);
      for await (const record of read) {
        held.push(record);
        if (record.recordType === entity) planner.observe(record);
      }
      plan = planner.plan();
      records = (async function* () {
        yield* held;
      })();
    }
    written = writeFlatCsvStream(records, { entity, plan });
    yield* written;
  }
  return {
    [Symbol.asyncIterator]: chunks,
    reports: () => ({ read: read.report(), ...(written ? { write: written.report() } : {}) }),
  };
}

/** Reads a source once to plan the columns of its flat CSV output (for `convertStream` with `to: "csv"`). */
export async function planFlatCsvStream(source: Source, options: ReadCanonicalOptions): Promise<FlatCsvPlan> {
  const entity = options.entity ?? "victim";
  const planner = new FlatCsvPlanner(entity);
  for await (const record of readCanonicalStream(source, options)) {
    if (record.recordType === entity) planner.observe(record);
  }
  return planner.plan();
}
