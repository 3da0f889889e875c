import type { Profile, RecordType } from "@tip/schema";
import { type CsvDelimiter, delimiterOf } from "../formats/csv/csv-dialect.js";
import { byteChunks, fileSize, type StreamSource } from "../io/source.js";
import { ENCODING_NAMES, type EncodingOption, encodingOf } from "../io/text-encoding.js";
import { asUtf8 } from "../io/transcode.js";
import { CrossChecks } from "../refs/cross-checks.js";
import { inputIssue } from "../shared/input-issue.js";
import type { Lang } from "../shared/lang.js";
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_ISSUES, DEFAULT_MAX_LINE_BYTES } from "../shared/limits.js";
import { loadMessages } from "../shared/load-messages.js";
import type { Located, Summary } from "../summary/summary.js";
import { SummaryBuilder } from "../summary/summary-builder.js";
import type { ValidRecords } from "../summary/valid-records.js";
import { validateJsonDocument } from "./json-input.js";
import { parallelismOf, type Workers } from "./ndjson/parallelism.js";
import { validateNdjson } from "./ndjson/validate-ndjson.js";
import { RecordChecker } from "./record-checker.js";

/** Formats `validateStream` reads. */
export type StreamFormat = "ndjson" | "json" | "csv";

/** Options of `validateStream`. */
export interface StreamOptions {
  /** `ndjson`: one record per line; `json`: a bundle, an array of records or one record; `csv`: flat rows. */
  readonly format: StreamFormat;
  /** Language of the messages; default `en`. */
  readonly lang?: Lang;
  /**
   * A national profile from `loadProfile` (@tip/schema): its rule severities, required fields, code lists and
   * extension fields apply. Without one, records are checked against core.
   */
  readonly profile?: Profile;
  /** Name of the input in issues; default the path when `source` is one. */
  readonly file?: string;
  /** CSV: the type of every row, when the file has no `recordType` column. */
  readonly recordType?: RecordType;
  /** Issues kept in the summary and handed to `onIssue`; counting goes on past it. Default 1000. */
  readonly maxIssues?: number;
  /**
   * Text encoding of the input: `auto` (default) reads UTF-16 by its byte order mark or by its NUL bytes and
   * everything else as UTF-8, reporting bytes that are not UTF-8 (`invalid_utf8`, with the line); `utf-8`,
   * `utf-16le`, `utf-16be`, `windows-1252` (also `latin1`), `iso-8859-15` decode as said.
   */
  readonly encoding?: EncodingOption | string;
  /** CSV: the cell delimiter, `,` `;` or tab. Default: the one found most often in the header line. */
  readonly delimiter?: CsvDelimiter | string;
  /**
   * CSV: numbers are written with a decimal comma (`16,0`), and a number with a point is not read as one.
   * Default: true when the delimiter is `;`, as Excel writes it where the decimal mark is a comma.
   */
  readonly decimalComma?: boolean;
  /** Called with each kept issue as soon as it is found. */
  readonly onIssue?: (issue: Located) => void;
  /** Stops reading: the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Longest NDJSON line, JSON record or CSV row, in bytes; longer ones are reported and skipped. 16 MiB. */
  readonly maxLineBytes?: number;
  /** Deepest nesting of objects and arrays in a record; default 64. */
  readonly maxDepth?: number;
  /** Called with the number of bytes read so far, once per chunk. */
  readonly onProgress?: (bytesRead: number) => void;
  /** Look for keys written twice in one JSON object (a light byte scan of each record). Default true. */
  readonly duplicateKeys?: boolean;
  /**
   * Check ids across records: duplicates, references to records that are not there, referral circles. Holds
   * at most about 1.5 x `indexMemoryBytes` in memory, then spills to temporary files (see the README).
   * Default true.
   */
  readonly references?: boolean;
  /**
   * Memory for the checks across records before they spill to temporary files (sorted runs of packed ids and
   * positions, never field values), so memory stays bounded whatever the input size. Default 4 MiB: inputs up
   * to about 91,000 ids never touch the disk.
   */
  readonly indexMemoryBytes?: number;
  /** Where the checks across records make their private temporary directory when they spill. Default `os.tmpdir()`. */
  readonly tempDir?: string;
  /**
   * NDJSON: worker threads that parse and check lines while this thread reads the input, hands the lines out
   * in batches, takes the outcomes in order and runs the checks across records (it checks lines itself only
   * before the workers start and for a line longer than a batch). `"auto"` (default) starts one per available
   * core but one (at most 3) once 8 MiB have been read, or at once for a larger file; `"all-cores"` one per
   * core (at most 3), for a process that has the machine to itself; `0` checks every line on this thread.
   * Each worker costs some 30 to 40 MB. Counts, issues and their order are the same whatever the number.
   */
  readonly workers?: Workers;
}

/**
 * Validates a file or stream of records of any size with bounded memory: each record is read, checked and
 * dropped; the checks across records keep packed ids within a memory budget and spill sorted runs to
 * temporary files past it (one bit per record stays in memory). Each issue says
 * where it is (file, line, CSV column, JSON Pointer). Resolves to counts where
 * `valid + invalid + skipped === total`. Never rejects because of the data; rejects when the source cannot be
 * read or the signal aborts.
 */
export function validateStream(source: StreamSource, options: StreamOptions): Promise<Summary> {
  return checkStream(source, options);
}

/** `validateStream`, noting in `validRecords` which records end up valid (for `validateFiles`). */
export async function checkStream(
  source: StreamSource,
  options: StreamOptions,
  validRecords?: ValidRecords,
): Promise<Summary> {
  const { format } = options;
  if (format !== "ndjson" && format !== "json" && format !== "csv") {
    throw new TypeError(`Unknown input format: ${String(format)}`);
  }
  const encoding = encodingOf(options.encoding ?? "auto");
  if (encoding === undefined) {
    throw new TypeError(
      `Unknown encoding: ${String(options.encoding)} (use one of ${ENCODING_NAMES.join(", ")})`,
    );
  }
  const delimiter = options.delimiter === undefined ? undefined : delimiterOf(options.delimiter);
  if (options.delimiter !== undefined && delimiter === undefined) {
    throw new TypeError(`Unknown CSV delimiter: ${String(options.delimiter)} (use , ; or tab)`);
  }
  const locale = await loadMessages(options.lang);
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const duplicateKeys = options.duplicateKeys ?? true;
  const file = options.file ?? (typeof source === "string" ? source : undefined);
  const summary = new SummaryBuilder(options.maxIssues ?? DEFAULT_MAX_ISSUES, options.onIssue);
  let prefixOf = (_index: number) => "";
  const cross =
    options.references === false
      ? undefined
      : new CrossChecks({
          locale,
          prefixOf: (index) => prefixOf(index),
          lines: true,
          chains: true,
          agencies: format === "json",
          memoryBytes: options.indexMemoryBytes,
          tempDir: options.tempDir,
        });
  // Temporary files of the checks across records go, whether the run ends, throws or is aborted.
  try {
    const checker = new RecordChecker({
      locale,
      file,
      maxDepth,
      shared: false,
      duplicateKeys,
      summary,
      cross,
      ...(validRecords !== undefined && { validRecords }),
      ...(options.profile === undefined ? {} : { profile: options.profile }),
    });
    const bytes = byteChunks(source, options.signal, options.onProgress, format === "ndjson");
    const chunks = asUtf8(bytes, encoding, (error) => {
      const issue = inputIssue("invalid_encoding", "", { encoding: error.encoding }, locale);
      checker.reportInput(issue, error.line);
    });
    let header: unknown;
    let headerLine: number | undefined;
    if (format === "ndjson") {
      await validateNdjson(chunks, {
        lang: options.lang,
        locale,
        maxLineBytes,
        maxDepth,
        duplicateKeys,
        checker,
        cross,
        parallelism: parallelismOf(options.workers ?? "auto", await fileSize(source)),
        profile: options.profile,
      });
    } else if (format === "csv") {
      // Loaded for CSV only: the CSV parser is not part of the start of a run on NDJSON or JSON.
      const { validateCsv } = await import("./csv-input.js");
      await validateCsv(chunks, {
        locale,
        maxBytes: maxLineBytes,
        checker,
        recordType: options.recordType,
        delimiter,
        decimalComma: options.decimalComma,
      });
    } else {
      const onShape = (shape: (index: number) => string) => {
        prefixOf = shape;
      };
      ({ header, headerLine } = await validateJsonDocument(chunks, {
        locale,
        maxBytes: maxLineBytes,
        checker,
        onShape,
      }));
    }
    options.signal?.throwIfAborted();
    cross?.finish(
      (issue, place) =>
        place ? checker.report(issue, { ...place, prefix: "" }) : checker.reportInput(issue, headerLine),
      (recordType, recordIndex) => {
        summary.invalidate(recordType);
        validRecords?.unmark(recordIndex);
      },
      header,
    );
    if (summary.total === 0 && Object.keys(summary.summary().byCode).length === 0) {
      checker.reportInput(inputIssue("empty_input", "", {}, locale));
    }
    return summary.summary();
  } finally {
    cross?.close();
  }
}
