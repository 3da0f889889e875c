import { foldToCore, type Profile, type TipRecord } from "@tip/schema";
import type { HtcdsLayout } from "../detect/detect-file.js";
import type { Format } from "../detect/detect-format.js";
import type { Source } from "../io/source.js";
import type { TextReadOptions } from "../io/text-options.js";
import type { ConversionReport } from "../report/conversion-report.js";
import type { ProfileOption } from "../report/profile-option.js";
import { writeCtdc2024Stream } from "../standards/ctdc/write-ctdc-2024.js";
import type { FlatCsvEntity } from "../standards/flat-csv/flat-csv-entity.js";
import { writeGlotipCsv, writeGlotipXlsx } from "../standards/glotip/write-glotip.js";
import { readHtcds } from "../standards/htcds/read-htcds.js";
import { writeHtcdsCsv } from "../standards/htcds/write-htcds-csv.js";
import { writeHtcdsXlsx } from "../standards/htcds/write-htcds-xlsx.js";
import { writeTipNdjson } from "../standards/tip/write-tip-ndjson.js";
import { readCanonicalStream } from "../stream/read-canonical.js";
import { collectBytes, counted } from "./counting.js";
import { writeFlatCsvByType } from "./flat-csv-by-type.js";
import { type RecordAccount, reconcile } from "./record-account.js";

/** Where the output of a conversion goes, chunk by chunk. The caller decides: a file, a pipe, memory. */
export interface ChunkSink {
  write(chunk: string | Uint8Array): Promise<void> | void;
}

/** The input of `convert`. */
export interface ConvertInput {
  /** Opens the input from its start; called a second time for flat CSV output when `rereadable`. */
  open(): Source;
  /** Whether `open` may be called twice (a file: yes; standard input: no, its records are then held). */
  readonly rereadable: boolean;
  /** Seed of the deterministic ids of rows without one (CTDC, flat CSV), e.g. the file name. */
  readonly idSeed?: string;
}

/**
 * Options of `convert`; the text options say how a text input is encoded and, for CSV, delimited. With a
 * `profile`, records are validated under the national profile; written to a standard that knows core codes
 * only (CTDC, HTCDS, GLOTIP), their national codes are folded to the core codes they stand for.
 */
export interface ConvertOptions extends TextReadOptions, ProfileOption {
  readonly from: Format;
  readonly to: Format;
  /** HTCDS input: its layout (default `csv`). */
  readonly htcdsLayout?: HtcdsLayout;
  /** HTCDS output: a CSV table (default) or a copy of the Excel template. */
  readonly htcdsOutput?: "csv" | "xlsx";
  /** GLOTIP output: CSV (default) or a workbook of one sheet. */
  readonly glotipOutput?: "csv" | "xlsx";
  /** Record type of flat CSV input rows, and of the main flat CSV output. Default `victim`. */
  readonly entity?: FlatCsvEntity;
  /**
   * Flat CSV output: opens the output of the records of another record type than `entity` (one file per
   * type). Without it those records are skipped (`other_record_type`) and counted as such.
   */
  readonly openOtherType?: (recordType: FlatCsvEntity) => Promise<ChunkSink> | ChunkSink;
}

/** What `convert` did: the reader's report, each writer's report, and the records' account. */
export interface ConvertOutcome {
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
 * Converts an input from one format to another through the canonical model and writes it to `output`
 * (and, for flat CSV with `openOtherType`, one output per other record type). Every record read is written
 * or counted as skipped with a reason: `records.read = records.written + records.skipped` always holds.
 * Memory stays bounded except for HTCDS (held whole) and flat CSV from an input read once.
 */
export async function convert(
  input: ConvertInput,
  output: ChunkSink,
  options: ConvertOptions,
): Promise<ConvertOutcome> {
  const read = await readRecords(input, options);
  const records = counted(read.records);
  const fold =
    options.profile !== undefined && CORE_ONLY.has(options.to)
      ? folding(records, options.profile)
      : undefined;
  const writes = await writeRecords(fold?.records ?? records, input, output, options);
  return {
    read: read.report(),
    ...(fold === undefined ? {} : { folded: fold.count() }),
    writes,
    records: reconcile(records.count(), writes),
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

async function readRecords(input: ConvertInput, options: ConvertOptions): Promise<ReadRecords> {
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

/** The profile option of `options`, when given. */
export function profileOf(options: ProfileOption): ProfileOption {
  return options.profile === undefined ? {} : { profile: options.profile };
}

/** The text options of `options`, only those given. */
export function textOptionsOf(options: TextReadOptions): TextReadOptions {
  return {
    ...(options.encoding !== undefined && { encoding: options.encoding }),
    ...(options.delimiter !== undefined && { delimiter: options.delimiter }),
    ...(options.decimalComma !== undefined && { decimalComma: options.decimalComma }),
  };
}

async function writeRecords(
  records: AsyncIterable<TipRecord>,
  input: ConvertInput,
  output: ChunkSink,
  options: ConvertOptions,
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
