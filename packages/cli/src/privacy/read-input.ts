import { Buffer } from "node:buffer";
import { isRecordType } from "@tip/schema";
import { type RecordItem, readRecordItems } from "@tip/validate";

import type { CliCatalogue } from "../messages/messages.js";
import type { LeftOutReason } from "./left-out-reason.js";

/** How the records came: one per line, inside a bundle envelope, or in a JSON array. */
export type InputShape = "ndjson" | "bundle" | "array";

/** Where an item sits: its line, and its JSON Pointer in a JSON document (`""` for NDJSON). No value of it. */
export interface Place {
  readonly line: number;
  readonly pointer: string;
}

/** A record of the model read from the input, with where it sits. */
export interface PlacedRecord {
  readonly value: Record<string, unknown>;
  readonly place: Place;
}

/** What stops reading altogether: the input is not NDJSON, a bundle or an array, or is broken past a line. */
export type InputFault =
  | { readonly kind: "badInput" }
  | { readonly kind: "broken"; readonly line: number; readonly cause: "utf16" | "not_json" | "truncated" };

/** Items shown one by one in the notes; the rest are counted. */
const SHOWN = 20;
/** Bytes looked at to tell NDJSON from a JSON document. */
const SNIFF_BYTES = 1024 * 1024;

/**
 * One pass over the input: counts what is read and left out (with where and why), and learns the input's
 * shape and a bundle's envelope. Records are handed on one at a time and never kept.
 */
export class InputPass {
  /** Items read: records handed on plus items left out. */
  read = 0;
  leftOutCount = 0;
  /** The first items left out, for the notes. */
  readonly leftOut: { place: Place; reason: LeftOutReason }[] = [];
  shape: InputShape = "ndjson";
  /** A bundle's members other than its records (`records` is empty). */
  envelope: Record<string, unknown> | undefined;
  fault: InputFault | undefined;

  /** Counts an item as left out. */
  leaveOut(place: Place, reason: LeftOutReason): void {
    this.leftOutCount++;
    if (this.leftOut.length < SHOWN) this.leftOut.push({ place, reason });
  }

  /**
   * The records of the input (NDJSON, a JSON bundle or a JSON array, told apart by their first line), in order.
   * Items that cannot be read, are nested too deep, or are no record of the model are left out here.
   */
  async *records(chunks: AsyncIterable<Buffer>): AsyncGenerator<PlacedRecord> {
    const { format, replay } = await sniffFormat(chunks);
    let records = 0;
    for await (const item of readRecordItems(replay, { format })) {
      const record = this.#take(item);
      if (record === undefined) continue;
      records++;
      yield record;
    }
    if (this.fault === undefined && records === 0 && this.leftOutCount > 0 && format === "ndjson") {
      // Nothing could be read as records: this is not NDJSON at all.
      this.fault = { kind: "badInput" };
    }
  }

  #take(item: RecordItem): PlacedRecord | undefined {
    switch (item.kind) {
      case "shape":
        if (item.shape === "object") this.fault = { kind: "badInput" };
        else this.shape = item.shape;
        return undefined;
      case "header":
        if (item.value === undefined) this.fault = { kind: "broken", line: item.line, cause: "not_json" };
        else this.envelope = item.value;
        return undefined;
      case "broken":
        this.fault ??= { kind: "broken", line: item.line, cause: item.cause };
        return undefined;
      case "skipped":
        if (this.fault !== undefined) return undefined;
        this.read++;
        this.leaveOut(item.place, item.reason);
        return undefined;
      case "record": {
        if (this.fault !== undefined) return undefined;
        this.read++;
        const { value, place } = item;
        if (!isObject(value) || !isRecordType(value.recordType)) {
          const bundle = isObject(value) && value.recordType === "bundle";
          this.leaveOut(place, bundle || isBundleLike(value) ? "nested_bundle" : "not_a_record");
          return undefined;
        }
        if (value.recordType === "bundle") {
          this.leaveOut(place, "nested_bundle");
          return undefined;
        }
        return { value, place };
      }
    }
  }
}

/**
 * Whether the input is NDJSON or a JSON document, from its first line: `[` starts an array; `{` starts NDJSON
 * when the first line is a whole JSON value (or looks like one: ends with `}`) that is not a bundle, else a
 * bundle. Anything else is read as NDJSON, whose lines will then be reported. The bytes looked at are replayed.
 */
async function sniffFormat(
  chunks: AsyncIterable<Buffer>,
): Promise<{ format: "ndjson" | "json"; replay: AsyncIterable<Buffer> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let bytes = 0;
  let done = false;
  for (;;) {
    const joined = Buffer.concat(head);
    const start = firstNonSpace(joined);
    if (start >= 0 && (joined.indexOf(10, start) >= 0 || bytes >= SNIFF_BYTES)) break;
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    bytes += next.value.length;
  }
  const replay = (async function* () {
    yield* head;
    if (!done)
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  })();
  return { format: formatOfHead(Buffer.concat(head)), replay };
}

function formatOfHead(head: Buffer): "ndjson" | "json" {
  const start = firstNonSpace(head);
  if (start < 0) return "ndjson";
  if (head[start] === 0x5b) return "json";
  if (head[start] !== 0x7b) return "ndjson";
  const newline = head.indexOf(10, start);
  const line = head.toString("utf8", start, newline < 0 ? head.length : newline).trim();
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return line.endsWith("}") && newline >= 0 ? "ndjson" : "json";
  }
  return isBundleLike(value) ? "json" : "ndjson";
}

/** Index of the first byte that is no white space or byte order mark, or -1. */
function firstNonSpace(bytes: Buffer): number {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return i;
    i++;
  }
  return -1;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An object holding a `records` array and no other record type: a bundle. */
function isBundleLike(value: unknown): boolean {
  return (
    isObject(value) &&
    Array.isArray(value.records) &&
    (value.recordType === undefined || value.recordType === "bundle")
  );
}

/** A place in the run's language: `line 12`, or `line 12, /records/3` inside a JSON document. */
export function placeText(place: Place, messages: CliCatalogue): string {
  const texts = messages.privacy;
  return place.pointer === ""
    ? messages.format(texts.common.place, { line: place.line })
    : messages.format(texts.common.placeInDocument, { line: place.line, pointer: place.pointer });
}

/** A place to name a record in a sentence: `at line 12`, or `at line 12 (/records/3)`. */
export function recordAtText(place: Place, messages: CliCatalogue): string {
  const texts = messages.privacy;
  return place.pointer === ""
    ? messages.format(texts.common.recordAt, { line: place.line })
    : messages.format(texts.common.recordAtInDocument, { line: place.line, pointer: place.pointer });
}

/** The notes about items left out: each of the first ones by place and reason, then how many more. */
export function leftOutNotes(pass: InputPass, messages: CliCatalogue): string[] {
  if (pass.leftOutCount === 0) return [];
  const texts = messages.privacy;
  const notes = [messages.format(texts.common.leftOut, { count: pass.leftOutCount })];
  for (const { place, reason } of pass.leftOut)
    notes.push(`  ${placeText(place, messages)}: ${texts.common.reasons[reason]}`);
  const more = pass.leftOutCount - pass.leftOut.length;
  if (more > 0) notes.push(`  ${messages.format(texts.common.leftOutMore, { count: more })}`);
  return notes;
}

/** The error for an input that cannot be read as a whole. */
export function faultText(fault: InputFault, file: string, messages: CliCatalogue): string {
  const texts = messages.privacy;
  if (fault.kind === "badInput") return messages.format(texts.errors.badInput, { file });
  return messages.format(texts.errors.brokenInput, {
    file,
    line: fault.line,
    reason: texts.errors.causes[fault.cause],
  });
}
