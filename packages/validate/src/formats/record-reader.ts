import type { Buffer } from "node:buffer";
import { enMessages } from "@tip/schema/locales/en/messages";
import { type Encoding, withoutBom } from "../io/byte-order-mark.js";
import { type LineSink, LineSplitter } from "../io/line-splitter.js";
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_LINE_BYTES } from "../shared/limits.js";
import { exceedsDepth } from "./json/depth.js";
import { type JsonSink, JsonSplitter } from "./json/json-splitter.js";
import { RecordParser, UNREADABLE } from "./json/record-parser.js";

/** Why an item of the input was skipped rather than handed on as a record. */
export type SkipReason =
  | "invalid_json"
  | "invalid_utf8"
  | "nul_byte"
  | "truncated_input"
  | "record_too_large"
  | "too_deep";

/**
 * Where an item sits: its 1-based line, its 0-based position among the records, and its JSON Pointer inside a
 * JSON document (`/records/3` in a bundle, `/3` in an array, `""` for NDJSON lines). Never a value of the input.
 */
export interface ItemPlace {
  readonly line: number;
  readonly index: number;
  readonly pointer: string;
}

/** What `readRecordItems` hands on, in input order. */
export type RecordItem =
  /** JSON documents only, first: the document is an array of records, a bundle, or one object. */
  | { readonly kind: "shape"; readonly shape: "array" | "bundle" | "object" }
  /** A parsed record (any JSON value: the caller decides whether it is a record of the model). */
  | { readonly kind: "record"; readonly value: unknown; readonly place: ItemPlace }
  /** An item that could not be read, with why. */
  | { readonly kind: "skipped"; readonly reason: SkipReason; readonly place: ItemPlace }
  /**
   * Bundles, last: the bundle without its records (`records` is an empty array), or `undefined` with a reason
   * when it could not be read.
   */
  | {
      readonly kind: "header";
      readonly value: Record<string, unknown> | undefined;
      readonly reason?: SkipReason;
      readonly line: number;
    }
  /**
   * The input as a whole is broken at `line`: UTF-16 text, not of the declared format (or a second value after a
   * JSON document), or cut short outside any record. Nothing more is read.
   */
  | { readonly kind: "broken"; readonly line: number; readonly cause: "utf16" | "not_json" | "truncated" };

/** Options of `readRecordItems`. */
export interface RecordReaderOptions {
  /** `ndjson`: one record per line; `json`: an array of records, a bundle, or one object. */
  readonly format: "ndjson" | "json";
  /** Longest line or record in bytes; longer ones are skipped as `record_too_large`. Default 16 MiB. */
  readonly maxBytes?: number;
  /** Deepest nesting of a record; deeper ones are skipped as `too_deep`. Default 64. */
  readonly maxDepth?: number;
}

/**
 * Reads records from chunks of bytes with the same splitters `validateStream` uses, so memory is bounded by the
 * largest record, not by the input: NDJSON is split on newlines, JSON documents are cut into the elements of a
 * top-level array or of a bundle's `records` (the bundle's other members are kept aside and come last, as
 * `header`). Blank lines are passed over. Each item is located by line, position and JSON Pointer, never by a
 * value. Never throws because of the data; a record nested deeper than `maxDepth` is skipped, so callers can
 * walk what they get recursively.
 */
export async function* readRecordItems(
  chunks: AsyncIterable<Buffer>,
  options: RecordReaderOptions,
): AsyncGenerator<RecordItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_LINE_BYTES;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const parser = new RecordParser(enMessages);
  const parse = (bytes: Buffer, start: number, end: number, utf8: boolean, terminated: boolean) => {
    const value = parser.parse(bytes, start, end, utf8, terminated);
    if (value === UNREADABLE) return { reason: parser.failure as SkipReason };
    if (exceedsDepth(value, maxDepth)) return { reason: "too_deep" as const };
    return { value };
  };
  const items: RecordItem[] = [];
  const seen: { encoding: Encoding } = { encoding: "utf-8" };
  const feeder =
    options.format === "ndjson" ? ndjsonFeeder(items, parse, maxBytes) : jsonFeeder(items, parse, maxBytes);
  for await (const chunk of withoutBom(chunks, (found) => {
    seen.encoding = found;
  })) {
    if (seen.encoding === "utf-16") {
      yield { kind: "broken", line: 1, cause: "utf16" };
      return;
    }
    feeder.push(chunk);
    yield* items.splice(0);
    if (feeder.stopped()) return;
  }
  feeder.end();
  yield* items.splice(0);
}

type Parse = (
  bytes: Buffer,
  start: number,
  end: number,
  utf8: boolean,
  terminated: boolean,
) => { value: unknown; reason?: undefined } | { reason: SkipReason; value?: undefined };

/** A splitter with its sink: chunks in, items out. */
interface Feeder {
  push(chunk: Buffer): void;
  end(): void;
  stopped(): boolean;
}

function ndjsonFeeder(items: RecordItem[], parse: Parse, maxBytes: number): Feeder {
  const splitter = new LineSplitter(maxBytes);
  const sink = ndjsonSink(items, parse);
  return { push: (chunk) => splitter.push(chunk, sink), end: () => splitter.end(sink), stopped: () => false };
}

function jsonFeeder(items: RecordItem[], parse: Parse, maxBytes: number): Feeder {
  const splitter = new JsonSplitter(maxBytes);
  const sink = jsonSink(items, parse);
  return {
    push: (chunk) => splitter.push(chunk, sink),
    end: () => splitter.end(sink),
    stopped: () => sink.stopped,
  };
}

function ndjsonSink(items: RecordItem[], parse: Parse): LineSink {
  let index = 0;
  return {
    line(bytes, start, end, line, utf8, terminated) {
      if (isBlank(bytes, start, end)) return;
      const place = { line, index: index++, pointer: "" };
      const read = parse(bytes, start, end, utf8, terminated);
      items.push(
        read.reason === undefined
          ? { kind: "record", value: read.value, place }
          : { kind: "skipped", reason: read.reason, place },
      );
    },
    tooLong(line) {
      items.push({
        kind: "skipped",
        reason: "record_too_large",
        place: { line, index: index++, pointer: "" },
      });
    },
  };
}

function jsonSink(items: RecordItem[], parse: Parse): JsonSink & { stopped: boolean } {
  let prefix = "";
  let announced = false;
  const announce = (shape: "array" | "bundle" | "object") => {
    if (announced) return;
    announced = true;
    items.push({ kind: "shape", shape });
  };
  const placeOf = (line: number, index: number): ItemPlace => ({
    line,
    index,
    pointer: `${prefix}/${index}`,
  });
  const pushRead = (read: ReturnType<Parse>, place: ItemPlace) =>
    items.push(
      read.reason === undefined
        ? { kind: "record", value: read.value, place }
        : { kind: "skipped", reason: read.reason, place },
    );
  const sink = {
    stopped: false,
    shape(kind: "array" | "object") {
      prefix = kind === "array" ? "" : "/records";
      if (kind === "array") announce("array");
    },
    element(bytes: Buffer, start: number, end: number, index: number, line: number) {
      announce("bundle");
      pushRead(parse(bytes, start, end, false, true), placeOf(line, index));
    },
    elementTooLarge(index: number, line: number) {
      announce("bundle");
      items.push({ kind: "skipped", reason: "record_too_large", place: placeOf(line, index) });
    },
    object(bytes: Buffer | undefined, line: number, streamedRecords: boolean) {
      const read: ReturnType<Parse> =
        bytes === undefined ? { reason: "record_too_large" } : parse(bytes, 0, bytes.length, false, true);
      if (!streamedRecords) {
        // One object: a single record, or a bundle whose `records` is not an array.
        announce("object");
        pushRead(read, { line, index: 0, pointer: "" });
        return;
      }
      announce("bundle");
      const value = read.reason === undefined && isObject(read.value) ? read.value : undefined;
      const reason = value === undefined ? (read.reason ?? "invalid_json") : undefined;
      items.push({ kind: "header", value, reason, line });
    },
    notJson(_firstByte: number, line: number) {
      sink.stopped = true;
      items.push({ kind: "broken", line, cause: "not_json" });
    },
    truncated(line: number, index: number | undefined) {
      if (index !== undefined)
        items.push({ kind: "skipped", reason: "truncated_input", place: placeOf(line, index) });
      items.push({ kind: "broken", line, cause: "truncated" });
    },
    empty() {
      // Nothing to hand on: the caller sees no items.
    },
  };
  return sink;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isBlank(bytes: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  }
  return true;
}
