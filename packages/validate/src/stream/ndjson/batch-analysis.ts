import { Buffer } from "node:buffer";
import type { Issue, RecordType } from "@tip/schema";
import { type RecordParser, UNREADABLE } from "../../formats/json/record-parser.js";
import {
  LINE_SIZE,
  LINE_TERMINATED,
  LINE_TOO_LONG,
  LINE_UTF8,
  type LineBatch,
} from "../../formats/ndjson/line-batch.js";
import { type Detected, sniff } from "../../io/sniff.js";
import type { RecordAnalyzer } from "../../record/record-analyzer.js";
import { packRecordIds } from "../../refs/packed-ids.js";
import { recordTypeOfTag, tagOf } from "../../refs/record-tag.js";
import { Uint32Buffer } from "../../refs/uint32-buffer.js";

/** A blank line: not a record. */
export const KIND_BLANK = 0;
/** A record that was read and checked. */
export const KIND_RECORD = 1;
/** A line that is not a readable JSON value. */
export const KIND_UNREADABLE = 2;
/** A line over the size limit. */
export const KIND_TOO_LONG = 3;
/** A record that was read but could not be checked (nested too deep). */
export const KIND_SKIPPED = 4;

const TAG_SHIFT = 8;
const OK = 1 << 16;
const HAS_PACKED_IDS = 1 << 17;

/** Why a line could not be read. */
export interface LineFailure {
  readonly issue: Issue;
  /** Character offset where parsing stopped, when known. */
  readonly position: number | undefined;
  /** What the line looks like, for `not_declared_format`. */
  readonly detected: Detected;
}

/** The issues (or the failure) of one line of a batch, by its index in the batch. */
export interface LineExtra {
  readonly index: number;
  readonly issues?: readonly Issue[];
  readonly failure?: LineFailure;
}

/**
 * What the lines of a batch hold, in their order. `numbers` has one info number per line (kind, record type, ok, has
 * packed ids), followed by the record's packed ids for the checks across records (`packRecordIds`) when it has them;
 * `extras` lists the lines that have issues or could not be read. Plain data, so it crosses threads cheaply.
 */
export interface BatchOutcome {
  readonly numbers: Uint32Array<ArrayBuffer>;
  readonly extras: readonly LineExtra[];
}

/** What `analyzeBatch` needs; one per thread. */
export interface BatchContext {
  readonly analyzer: RecordAnalyzer;
  readonly parser: RecordParser;
  /** Take the packed ids the checks across records need. */
  readonly packIds: boolean;
  /** Take referral chain steps with the packed ids. */
  readonly chains: boolean;
  readonly out: Uint32Buffer;
}

/** A context for `analyzeBatch`. */
export function batchContext(
  analyzer: RecordAnalyzer,
  parser: RecordParser,
  packIds: boolean,
  chains: boolean,
): BatchContext {
  return { analyzer, parser, packIds, chains, out: new Uint32Buffer(16 * 1024) };
}

/**
 * Reads and checks each line of a batch alone (parse, structure, rules, nesting, duplicate keys) and takes
 * the packed ids the checks across records need. Counting, those checks and the order-dependent decisions about the
 * input stay with the caller (`NdjsonReader`), so this runs the same in a worker thread or in place. The numbers
 * go to `into` when they fit (a pooled array; see `ArrayPool`), else to a new array.
 */
export function analyzeBatch(
  batch: LineBatch,
  context: BatchContext,
  into: Uint32Array<ArrayBuffer>,
): BatchOutcome {
  const { analyzer, parser, out } = context;
  const bytes = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
  const lines = batch.lines;
  const extras: LineExtra[] = [];
  out.reset();
  for (let index = 0; index < batch.count; index++) {
    const at = index * LINE_SIZE;
    const start = lines[at] as number;
    const end = lines[at + 1] as number;
    const flags = lines[at + 3] as number;
    if ((flags & LINE_TOO_LONG) !== 0) {
      out.push(KIND_TOO_LONG);
      continue;
    }
    let stop = end;
    if (stop > start && bytes[stop - 1] === 0x0d) stop--;
    let first = start;
    while (first < stop && (bytes[first] === 0x20 || bytes[first] === 0x09 || bytes[first] === 0x0d)) first++;
    if (first === stop) {
      out.push(KIND_BLANK);
      continue;
    }
    const value = parser.parse(
      bytes,
      start,
      stop,
      (flags & LINE_UTF8) !== 0,
      (flags & LINE_TERMINATED) !== 0,
    );
    if (value === UNREADABLE) {
      out.push(KIND_UNREADABLE);
      const failure = {
        issue: parser.issue(""),
        position: parser.position,
        detected: sniff(bytes, start, stop),
      };
      extras.push({ index, failure });
      continue;
    }
    const outcome = analyzer.analyze(value, "", false, undefined, parser.raw);
    if (outcome.issues.length > 0) extras.push({ index, issues: outcome.issues });
    const head = out.reserve(1);
    const recordType = outcome.recordType;
    let lineInfo = (outcome.skipped ? KIND_SKIPPED : KIND_RECORD) | (outcome.ok ? OK : 0);
    if (recordType !== undefined) {
      lineInfo |= tagOf(recordType) << TAG_SHIFT;
      if (context.packIds && !outcome.skipped) {
        packRecordIds(value as object, recordType, context.chains, out);
        lineInfo |= HAS_PACKED_IDS;
      }
    }
    out.numbers[head] = lineInfo;
  }
  return { numbers: out.copyTo(into), extras };
}

/** The kind of a line (`KIND_*`) from its info number. */
export const kindOf = (lineInfo: number): number => lineInfo & 0xff;

/** The record type of a checked line, from its info number. */
export function recordTypeOf(lineInfo: number): RecordType | undefined {
  const tag = (lineInfo >>> TAG_SHIFT) & 0xff;
  return recordTypeOfTag(tag);
}

/** Whether a checked line had no error, from its info number. */
export const isOk = (lineInfo: number): boolean => (lineInfo & OK) !== 0;

/** Whether the line's info number is followed by packed ids. */
export const hasPackedIds = (lineInfo: number): boolean => (lineInfo & HAS_PACKED_IDS) !== 0;
