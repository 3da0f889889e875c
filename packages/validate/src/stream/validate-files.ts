import { Buffer } from "node:buffer";
import { open, stat } from "node:fs/promises";
import type { Severity } from "@tip/schema";
import { readRecordItems } from "../formats/record-reader.js";
import { FORMAT_SNIFF_BYTES, formatOfFileName, type InputFormat, sniffFormat } from "../io/input-format.js";
import { byteChunks, type StreamSource } from "../io/source.js";
import { encodingOf } from "../io/text-encoding.js";
import { asUtf8 } from "../io/transcode.js";
import { DEFAULT_MAX_ISSUES } from "../shared/limits.js";
import { mergeSummaries } from "../summary/merge-summaries.js";
import type { Summary } from "../summary/summary.js";
import { ValidRecords } from "../summary/valid-records.js";
import { worstSeverity } from "../summary/worst-severity.js";
import { checkStream, type StreamOptions } from "./validate-stream.js";

/**
 * One input of `validateFiles`: a file path, or a stream (standard input, say) with the name to show in
 * issues and an optional format.
 */
export type FileInput =
  | string
  | { readonly source: StreamSource; readonly name?: string; readonly format?: InputFormat };

/** Progress of `validateFiles`: which input (from 0) and how many of its bytes were read. */
export interface FileProgress {
  readonly index: number;
  readonly file: string;
  readonly bytesRead: number;
}

/** Options of `validateFiles`: those of `validateStream`, with the format optional. */
export interface FilesOptions extends Omit<StreamOptions, "format" | "file" | "onProgress"> {
  /** The format of every input. Default: each input's own, else its extension, else sniffed from its bytes. */
  readonly format?: InputFormat;
  /** Called with the bytes read of the input being checked, once per chunk. */
  readonly onProgress?: (progress: FileProgress) => void;
  /**
   * Called, after an input is checked, with each of its valid records as one line of JSON, in input order.
   * The input is read a second time for it, so every input must be an NDJSON or JSON file given by path.
   */
  readonly onValidRecord?: (json: string) => void | Promise<void>;
}

/** The counts of one input. */
export interface FileTotals {
  readonly file: string;
  readonly format: InputFormat;
  readonly total: number;
  readonly valid: number;
  readonly invalid: number;
  readonly skipped: number;
}

/** What `validateFiles` resolves to. */
export interface FilesResult {
  /** One summary for all inputs: counts added up, issues in input order. */
  readonly summary: Summary;
  /** The worst severity found (see `worstSeverity`): `error` means some data is wrong; undefined: nothing found. */
  readonly worst: Severity | undefined;
  /** The counts of each input, in the order given. */
  readonly files: readonly FileTotals[];
}

/** Why `validateFiles` could not check an input: named by the file as given, never by its content. */
export class InputError extends Error {
  constructor(
    /** The input as given (its path or name). */
    readonly file: string,
    /**
     * `unknown_format`: no format given, no known extension, and the first bytes say nothing; `unreadable`:
     * the input could not be read (`cause` is the system error); `not_rereadable`: `onValidRecord` needs an
     * NDJSON or JSON file given by path.
     */
    readonly reason: "unknown_format" | "unreadable" | "not_rereadable",
    options?: { cause?: unknown },
  ) {
    super(`${reason}: ${file}`, options);
    this.name = "InputError";
  }
}

/** An input with its format, ready to check. */
interface Ready {
  readonly name: string;
  readonly format: InputFormat;
  readonly source: StreamSource;
  readonly path: string | undefined;
}

/**
 * Validates several inputs, one after the other, and returns one merged summary with its worst severity and
 * the counts of each input. Each input's format is the one given, else its extension's, else sniffed from its
 * first bytes (a stream is read once: the bytes looked at are handed on). `maxIssues` is one budget for the
 * whole run: each input gets what the earlier ones left, and counting goes on past it. Rejects with an
 * `InputError` when an input cannot be read or its format told, before checking anything when it can tell.
 */
export async function validateFiles(
  inputs: readonly FileInput[],
  options: FilesOptions = {},
): Promise<FilesResult> {
  const ready: Ready[] = [];
  for (const input of inputs) ready.push(await prepare(input, options));
  if (options.onValidRecord !== undefined) {
    for (const input of ready) {
      if (input.format === "csv" || input.path === undefined || !(await isRegularFile(input.path)))
        throw new InputError(input.name, "not_rereadable");
    }
  }
  const summaries: Summary[] = [];
  const files: FileTotals[] = [];
  let budget = options.maxIssues ?? DEFAULT_MAX_ISSUES;
  for (const [index, input] of ready.entries()) {
    const validRecords = options.onValidRecord === undefined ? undefined : new ValidRecords();
    let summary: Summary;
    try {
      summary = await checkStream(
        input.source,
        {
          ...options,
          format: input.format,
          file: input.name,
          maxIssues: budget,
          onProgress: (bytesRead) => options.onProgress?.({ index, file: input.name, bytesRead }),
        },
        validRecords,
      );
    } catch (error) {
      throw isSystemError(error) ? new InputError(input.name, "unreadable", { cause: error }) : error;
    }
    budget = Math.max(0, budget - summary.issues.length);
    summaries.push(summary);
    const { total, valid, invalid, skipped } = summary;
    files.push({ file: input.name, format: input.format, total, valid, invalid, skipped });
    if (validRecords !== undefined && options.onValidRecord !== undefined && summary.valid > 0)
      await writeValid(input, validRecords, options, options.onValidRecord);
  }
  const summary = mergeSummaries(summaries);
  return { summary, worst: worstSeverity(summary), files };
}

/** Gives an input its format: the one given, its extension's, or the one its first bytes show. */
async function prepare(input: FileInput, options: FilesOptions): Promise<Ready> {
  const name = typeof input === "string" ? input : (input.name ?? "-");
  const path =
    typeof input === "string" ? input : typeof input.source === "string" ? input.source : undefined;
  const given = (typeof input === "string" ? undefined : input.format) ?? options.format;
  const known = given ?? (path === undefined ? undefined : formatOfFileName(path));
  if (known !== undefined)
    return { name, format: known, source: typeof input === "string" ? input : input.source, path };
  try {
    if (path !== undefined && (await isRegularFile(path))) {
      const format = sniffFormat(await readHead(path));
      if (format === undefined) throw new InputError(name, "unknown_format");
      return { name, format, source: path, path };
    }
    // A stream or a pipe can be read once only: its first bytes are kept and handed on before the rest.
    const source = typeof input === "string" ? input : input.source;
    const { head, replay } = await peek(byteChunks(source));
    const format = sniffFormat(head);
    if (format === undefined) throw new InputError(name, "unknown_format");
    return { name, format, source: replay, path: undefined };
  } catch (error) {
    throw isSystemError(error) ? new InputError(name, "unreadable", { cause: error }) : error;
  }
}

async function isRegularFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(FORMAT_SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, FORMAT_SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The first bytes of a stream, up to the end of its first line that is not blank, and the whole stream again. */
async function peek(chunks: AsyncIterable<Buffer>): Promise<{ head: Buffer; replay: AsyncIterable<Buffer> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const taken: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < FORMAT_SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    taken.push(Buffer.from(next.value));
    size += next.value.length;
    if (/\S[^\n]*\n/.test(Buffer.concat(taken).toString("latin1"))) break;
  }
  async function* replay(): AsyncGenerator<Buffer> {
    yield* taken;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head: Buffer.concat(taken).subarray(0, FORMAT_SNIFF_BYTES), replay: replay() };
}

/** Reads an input again and hands on each record `validRecords` holds, as one line of JSON. */
async function writeValid(
  input: Ready,
  validRecords: ValidRecords,
  options: FilesOptions,
  onValidRecord: (json: string) => void | Promise<void>,
): Promise<void> {
  const encoding = encodingOf(options.encoding ?? "auto") ?? "auto";
  const chunks = asUtf8(byteChunks(input.path as string, options.signal), encoding, () => undefined);
  const format = input.format === "json" ? "json" : "ndjson";
  for await (const item of readRecordItems(chunks, {
    format,
    ...(options.maxLineBytes !== undefined && { maxBytes: options.maxLineBytes }),
    ...(options.maxDepth !== undefined && { maxDepth: options.maxDepth }),
  })) {
    if (item.kind === "record" && validRecords.has(item.place.index))
      await onValidRecord(JSON.stringify(item.value));
  }
}

/** Whether a thrown value is a Node system error (it has a string `code` such as `ENOENT`). */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string";
}
