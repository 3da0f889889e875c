import type { Buffer } from "node:buffer";
import type { MessageLocale } from "@tip/schema";
import { type JsonSink, JsonSplitter } from "../formats/json/json-splitter.js";
import { RecordParser, UNREADABLE } from "../formats/json/record-parser.js";
import { type Encoding, withoutBom } from "../io/byte-order-mark.js";
import { type Detected, sniff } from "../io/sniff.js";
import { inputIssue } from "../shared/input-issue.js";
import type { RecordChecker, Where } from "./record-checker.js";

/** Settings of the JSON reader. */
export interface JsonSettings {
  readonly locale: MessageLocale;
  readonly maxBytes: number;
  readonly checker: RecordChecker;
  /** Told where records sit once the document's shape is known (`/records/3` in a bundle, `/3` in an array). */
  readonly onShape: (prefixOf: (recordIndex: number) => string) => void;
}

/** What the document turned out to be. */
export interface JsonOutcome {
  /** The bundle's header (the bundle with an empty `records`), when the document was a bundle. */
  readonly header?: unknown;
  /** The line where the bundle starts. */
  readonly headerLine?: number;
}

/**
 * Validates a JSON document: an array of records, a bundle whose records stream out one by one while its
 * header is kept aside, or a single record. Memory is bounded by the size limit of one record (and of the
 * header), not by the size of the document.
 */
export async function validateJsonDocument(
  chunks: AsyncIterable<Buffer>,
  settings: JsonSettings,
): Promise<JsonOutcome> {
  const sink = new JsonDocumentSink(settings);
  const splitter = new JsonSplitter(settings.maxBytes);
  const seen: { encoding: Encoding } = { encoding: "utf-8" };
  for await (const chunk of withoutBom(chunks, (found) => {
    seen.encoding = found;
  })) {
    if (seen.encoding === "utf-16") {
      sink.notJsonAs("utf-16", 1);
      return {};
    }
    sink.chunk = chunk;
    splitter.push(chunk, sink);
    if (sink.stopped) break;
  }
  if (!sink.stopped) splitter.end(sink);
  return sink.header === undefined ? {} : { header: sink.header, headerLine: sink.headerLine };
}

class JsonDocumentSink implements JsonSink {
  readonly #settings: JsonSettings;
  readonly #parser: RecordParser;
  #prefixOf: (index: number) => string = () => "";
  /** The chunk being scanned, to guess what a document that is not JSON is. */
  chunk: Buffer | undefined;
  header: unknown;
  headerLine = 1;
  stopped = false;

  constructor(settings: JsonSettings) {
    this.#settings = settings;
    this.#parser = new RecordParser(settings.locale);
  }

  shape(kind: "array" | "object"): void {
    this.#prefixOf = kind === "array" ? (index) => `/${index}` : (index) => `/records/${index}`;
    this.#settings.onShape(this.#prefixOf);
  }

  element(bytes: Buffer, start: number, end: number, index: number, line: number): void {
    this.#check(bytes, start, end, {
      recordIndex: index,
      line,
      prefix: this.#prefixOf(index),
      contained: true,
    });
  }

  elementTooLarge(index: number, line: number): void {
    const where: Where = { recordIndex: index, line, prefix: this.#prefixOf(index) };
    this.#settings.checker.skip(this.#tooLarge(where.prefix), where);
  }

  object(bytes: Buffer | undefined, line: number, streamedRecords: boolean): void {
    const { checker } = this.#settings;
    if (!streamedRecords) {
      // A single record, or a bundle whose `records` is not an array: checked as one record.
      this.#prefixOf = () => "";
      this.#settings.onShape(this.#prefixOf);
      const where: Where = { recordIndex: 0, line, prefix: "" };
      if (bytes === undefined) checker.skip(this.#tooLarge(""), where);
      else this.#check(bytes, 0, bytes.length, where);
      return;
    }
    if (bytes === undefined) {
      checker.reportInput(this.#tooLarge(""), line);
      return;
    }
    const value = this.#parser.parse(bytes, 0, bytes.length, false, true);
    if (value === UNREADABLE) checker.reportInput(this.#parser.issue(""), line);
    else {
      this.header = value;
      this.headerLine = line;
      checker.checkHeader(value, line, this.#parser.raw);
    }
  }

  notJson(_firstByte: number, line: number, afterValue: boolean): void {
    this.stopped = true;
    const chunk = this.chunk;
    this.notJsonAs(
      afterValue ? "ndjson" : chunk === undefined ? "text" : sniff(chunk, 0, chunk.length),
      line,
    );
  }

  notJsonAs(detected: Detected, line: number): void {
    const issue = inputIssue(
      "not_declared_format",
      "",
      { declared: "JSON", detected },
      this.#settings.locale,
    );
    this.#settings.checker.reportInput(issue, line);
  }

  truncated(line: number, index: number | undefined): void {
    const { checker, locale } = this.#settings;
    if (index === undefined) checker.reportInput(inputIssue("truncated_input", "", {}, locale), line);
    else {
      const where: Where = { recordIndex: index, line, prefix: this.#prefixOf(index) };
      checker.skip(inputIssue("truncated_input", where.prefix, {}, locale), where);
    }
  }

  empty(): void {
    // An empty input is reported by the caller, the same way for every format.
  }

  #check(bytes: Buffer, start: number, end: number, where: Where): void {
    const { checker } = this.#settings;
    const value = this.#parser.parse(bytes, start, end, false, true);
    if (value === UNREADABLE) checker.skip(this.#parser.issue(where.prefix), where);
    else checker.check(value, where, undefined, this.#parser.raw);
  }

  #tooLarge(path: string) {
    return inputIssue("record_too_large", path, { maxBytes: this.#settings.maxBytes }, this.#settings.locale);
  }
}
