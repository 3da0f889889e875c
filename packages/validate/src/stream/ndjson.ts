import type { Buffer } from "node:buffer";
import type { Issue, LocaleBundle } from "@tip/schema";
import { RecordParser, UNREADABLE } from "../json/record-parser.js";
import { inputIssue } from "../record/input-issue.js";
import type { RecordChecker, Where } from "../record/record-checker.js";
import { type Encoding, withoutBom } from "./byte-order-mark.js";
import { type LineSink, LineSplitter } from "./line-splitter.js";
import { type Detected, sniff } from "./sniff.js";

/** Lines that fail before any line parses before the input is declared not NDJSON (one issue, not a flood). */
const FAILURES_BEFORE_VERDICT = 3;

/** Settings of the NDJSON reader. */
export interface NdjsonSettings {
  readonly locale: LocaleBundle;
  readonly maxLineBytes: number;
  readonly checker: RecordChecker;
}

/**
 * Validates NDJSON: one record per line, blank lines ignored, CRLF accepted, a UTF-8 byte order mark dropped.
 * Memory stays bounded: bytes are split on 0x0A without decoding, a line is decoded and parsed alone, and a
 * line over the size limit is dropped as it streams in. A line that cannot be read is counted as skipped with
 * one issue; when the first lines all fail, the input is reported once as not NDJSON and the rest of its lines
 * are counted as skipped, not checked, instead of flooding the report.
 */
export async function validateNdjson(chunks: AsyncIterable<Buffer>, settings: NdjsonSettings): Promise<void> {
  const reader = new NdjsonReader(settings);
  const splitter = new LineSplitter(settings.maxLineBytes);
  const seen: { encoding: Encoding } = { encoding: "utf-8" };
  for await (const chunk of withoutBom(chunks, (found) => {
    seen.encoding = found;
  })) {
    if (seen.encoding === "utf-16") {
      reader.notNdjson("utf-16", 1);
      return;
    }
    splitter.push(chunk, reader);
  }
  splitter.end(reader);
  reader.finish();
}

class NdjsonReader implements LineSink {
  readonly #settings: NdjsonSettings;
  readonly #parser: RecordParser;
  #records = 0;
  #parsed = false;
  #verdict = false;
  #held: [Issue, Where][] = [];
  #firstDetected: Detected = "text";

  constructor(settings: NdjsonSettings) {
    this.#settings = settings;
    this.#parser = new RecordParser(settings.locale);
  }

  line(
    bytes: Buffer,
    start: number,
    end: number,
    lineNumber: number,
    utf8: boolean,
    terminated: boolean,
  ): void {
    let stop = end;
    if (stop > start && bytes[stop - 1] === 0x0d) stop--;
    let first = start;
    while (first < stop && (bytes[first] === 0x20 || bytes[first] === 0x09 || bytes[first] === 0x0d)) first++;
    if (first === stop) return;
    const where: Where = { recordIndex: this.#records++, line: lineNumber, prefix: "" };
    if (this.#verdict) {
      // The input is not NDJSON: its lines are counted, not checked.
      this.#settings.checker.skip(undefined, where);
      return;
    }
    const parser = this.#parser;
    const value = parser.parse(bytes, start, stop, utf8, terminated);
    if (value === UNREADABLE) {
      this.#fail(bytes, start, stop, where);
      return;
    }
    if (!this.#parsed) {
      this.#parsed = true;
      this.#flush();
    }
    this.#settings.checker.check(value, where, undefined, parser.raw);
  }

  tooLong(lineNumber: number): void {
    const where: Where = { recordIndex: this.#records++, line: lineNumber, prefix: "" };
    const issue = inputIssue(
      "line_too_long",
      "",
      { maxBytes: this.#settings.maxLineBytes },
      this.#settings.locale,
    );
    this.#settings.checker.skip(issue, where);
  }

  /** Reports the whole input as not NDJSON. */
  notNdjson(detected: Detected, line: number): void {
    this.#verdict = true;
    const issue = inputIssue(
      "not_declared_format",
      "",
      { declared: "NDJSON", detected },
      this.#settings.locale,
    );
    this.#settings.checker.reportInput(issue, line);
  }

  /** Ends the input: a short input whose lines all failed is reported as not NDJSON unless it looks like it. */
  finish(): void {
    if (this.#parsed || this.#held.length === 0) return;
    if (this.#firstDetected === "ndjson") this.#flush();
    else {
      this.notNdjson(this.#firstDetected, this.#held[0]?.[1].line ?? 1);
      this.#held = [];
    }
  }

  #fail(bytes: Buffer, start: number, stop: number, where: Where): void {
    const { checker } = this.#settings;
    const parser = this.#parser;
    const position = parser.position;
    const located = position === undefined ? where : { ...where, columnOf: () => position + 1 };
    checker.skip(undefined, located);
    if (this.#verdict) return;
    const issue = parser.issue("");
    if (this.#parsed) {
      checker.report(issue, located);
      return;
    }
    if (this.#held.length === 0) this.#firstDetected = sniff(bytes, start, stop);
    this.#held.push([issue, located]);
    if (this.#held.length >= FAILURES_BEFORE_VERDICT) {
      const detected = this.#firstDetected === "ndjson" ? "json" : this.#firstDetected;
      this.notNdjson(detected, this.#held[0]?.[1].line ?? 1);
      this.#held = [];
    }
  }

  #flush(): void {
    for (const [issue, where] of this.#held) this.#settings.checker.report(issue, where);
    this.#held = [];
  }
}
