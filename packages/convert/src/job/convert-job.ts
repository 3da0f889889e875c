import { foldToCore, type Profile, type TipRecord } from "@tip/schema";
import type { Format } from "../detect/detect-format.js";
import { ConvertInputError } from "../io/convert-input-error.js";
import type { ConversionReport } from "../report/conversion-report.js";
import { writeCtdc2024Stream } from "../standards/ctdc/write-ctdc-2024.js";
import type { FlatCsvEntity } from "../standards/flat-csv/flat-csv-entity.js";
import { writeGlotipCsv, writeGlotipXlsx } from "../standards/glotip/write-glotip.js";
import { readHtcds } from "../standards/htcds/read-htcds.js";
import { writeHtcdsCsv } from "../standards/htcds/write-htcds-csv.js";
import { writeHtcdsXlsx } from "../standards/htcds/write-htcds-xlsx.js";
import { writeTipNdjson } from "../standards/tip/write-tip-ndjson.js";
import { readCanonicalStream } from "../stream/read-canonical.js";
import { type ConvertInput, type OpenedInput, openInput } from "./convert-input.js";
import {
  type ChunkSink,
  type ConvertOptions,
  profileOf,
  type Settled,
  textOptionsOf,
} from "./convert-options.js";
import { type ConvertSummary, summarise } from "./convert-summary.js";
import { collectBytes, counted } from "./counting.js";
import { writeFlatCsvByType } from "./flat-csv-by-type.js";
import { type RecordAccount, reconcile } from "./record-account.js";

/** What `convert` did: its summary, the reader's report, each writer's report, and the records' account. */
export interface ConvertOutcome {
  /** The input format, as given or detected. */
  readonly from: Format;
  /** The record type of flat CSV input and of the main flat CSV output. */
  readonly entity?: FlatCsvEntity;
  /** Counts and codes of the whole conversion, with its worst severity. */
  readonly summary: ConvertSummary;
  readonly read: ConversionReport;
  /**
   * With a profile and a target that knows core codes only: the records whose national codes were written as
   * the core codes they fold to.
   */
  readonly folded?: number;
  /** One report per output written (the main one first); none for canonical NDJSON output. */
  readonly writes: readonly { readonly recordType?: FlatCsvEntity; readonly report: ConversionReport }[];
  readonly records: RecordAccount;
}

/**
 * Converts an input (a file, a stream or bytes) from one format to another through the canonical model and
 * writes it to `output` (and, for flat CSV with `openOtherType`, one output per other record type). The input
 * format is detected when `from` is not given. Every record read is written or counted as skipped with a
 * reason: `records.read = records.written + records.skipped` always holds. Memory stays bounded except for
 * HTCDS and workbooks (held whole) and flat CSV output from an input read once.
 *
 * Throws `ConvertInputError` when the input cannot be read at all (unknown format, no header row, bad
 * encoding...), `XlsxReadError` / `XlsxLimitError` for a damaged or oversized workbook, and passes on the
 * errors of the sinks (the caller removes what was written).
 *
 * @example
 * const outcome = await convert({ path: "ctdc.csv" }, { write: (chunk) => out.write(chunk) }, { to: "tip" });
 * if (!outcome.summary.ok) process.exitCode = 1;
 */
export async function convert(
  input: ConvertInput,
  output: ChunkSink,
  options: ConvertOptions,
): Promise<ConvertOutcome> {
  const opened = await openInput(input, options);
  const settled: Settled = {
    ...options,
    from: opened.format,
    entity: options.entity ?? opened.entity,
    htcdsLayout: options.htcdsLayout ?? opened.htcdsLayout,
  };
  try {
    return await convertOpened(opened, output, settled);
  } catch (error) {
    // Streamed readers read while the writers write: an unreadable input can surface on either side.
    if (error instanceof ConvertInputError) error.format = settled.from;
    throw error;
  }
}

async function convertOpened(
  opened: OpenedInput,
  output: ChunkSink,
  options: Settled,
): Promise<ConvertOutcome> {
  const read = await readRecords(opened, options);
  const records = counted(read.records);
  const fold =
    options.profile !== undefined && CORE_ONLY.has(options.to)
      ? folding(records, options.profile)
      : undefined;
  const writes = await writeRecords(fold?.records ?? records, opened, output, options);
  const report = read.report();
  const account = reconcile(records.count(), writes);
  const folded = fold?.count();
  return {
    from: options.from,
    ...(options.entity === undefined ? {} : { entity: options.entity }),
    summary: summarise(options.from, options.to, report, writes, account, folded),
    read: report,
    ...(folded === undefined ? {} : { folded }),
    writes,
    records: account,
  };
}

/** Targets that know the core codes only: national codes are folded before records reach their writers. */
const CORE_ONLY: ReadonlySet<Format> = new Set<Format>(["ctdc", "htcds", "glotip"]);

/** The records folded to core (see `foldToCore`), counting those that changed. */
function folding(
  records: AsyncIterable<TipRecord>,
  profile: Profile,
): { records: AsyncIterable<TipRecord>; count: () => number } {
  let changed = 0;
  async function* each(): AsyncGenerator<TipRecord, void, undefined> {
    for await (const record of records) {
      const folded = foldToCore(record, profile) as TipRecord;
      if (folded !== record) changed++;
      yield folded;
    }
  }
  return { records: { [Symbol.asyncIterator]: each }, count: () => changed };
}

interface ReadRecords {
  readonly records: AsyncIterable<TipRecord> | readonly TipRecord[];
  readonly report: () => ConversionReport;
}

async function readRecords(input: OpenedInput, options: Settled): Promise<ReadRecords> {
  if (options.from === "htcds") {
    const layout = options.htcdsLayout ?? "csv";
    // Bytes, never a string: the reader decodes them and refuses what is not text in the encoding.
    const bytes = await collectBytes(input.open());
    const result = await readHtcds(bytes, {
      format: layout,
      ...textOptionsOf(options),
      ...profileOf(options),
    });
    return { records: result.records, report: () => result.report };
  }
  const stream = readCanonicalStream(input.open(), {
    from: options.from,
    entity: options.entity,
    idSeed: input.idSeed,
    ...textOptionsOf(options),
    ...profileOf(options),
  });
  return { records: stream, report: () => stream.report() };
}

async function writeRecords(
  records: AsyncIterable<TipRecord>,
  input: OpenedInput,
  output: ChunkSink,
  options: Settled,
): Promise<ConvertOutcome["writes"]> {
  switch (options.to) {
    case "tip":
      await pipe(writeTipNdjson(records), output);
      return [];
    case "ctdc": {
      const written = writeCtdc2024Stream(records);
      await pipe(written, output);
      return [{ report: written.report() }];
    }
    case "csv":
      return writeFlatCsvByType(records, input, output, options);
    case "htcds": {
      const all = await collect(records);
      if (options.htcdsOutput === "xlsx") {
        const result = await writeHtcdsXlsx(all);
        await output.write(result.bytes);
        return [{ report: result.report }];
      }
      const result = writeHtcdsCsv(all);
      await output.write(result.text);
      return [{ report: result.report }];
    }
    case "glotip": {
      // Aggregate records only; records of other types are skipped and counted by the writer.
      const all = await collect(records);
      if (options.glotipOutput === "xlsx") {
        const result = await writeGlotipXlsx(all);
        await output.write(result.bytes);
        return [{ report: result.report }];
      }
      const result = writeGlotipCsv(all);
      await output.write(result.text);
      return [{ report: result.report }];
    }
  }
}

/** Writes every chunk to a sink, waiting for each. */
export async function pipe(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  sink: ChunkSink,
): Promise<void> {
  for await (const chunk of chunks) await sink.write(chunk);
}

async function collect<T>(records: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const record of records) all.push(record);
  return all;
}
