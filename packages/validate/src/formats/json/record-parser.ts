import { type Buffer, isUtf8 } from "node:buffer";
import type { Issue, MessageLocale } from "@tip/schema";
import { inputIssue } from "../../shared/input-issue.js";
import type { RawText } from "./raw-text.js";

/** Returned by `RecordParser.parse` when the text is not a readable JSON value. */
export const UNREADABLE: unique symbol = Symbol("unreadable");

/** Why a text could not be read. */
export type Unreadable = "invalid_utf8" | "nul_byte" | "truncated_input" | "invalid_json";

/**
 * Turns the bytes of one record (an NDJSON line, an element of a JSON array) into a value, or says why it
 * cannot: invalid UTF-8, a NUL byte, a text cut short, or other invalid JSON. Allocates nothing beyond the
 * decoded text and the parsed value on the happy path: the outcome of a failure is left in the parser's fields,
 * and the text of the last value in `raw` (for the duplicate-key check).
 */
export class RecordParser {
  /** Why the last `parse` returned `UNREADABLE`. */
  failure: Unreadable = "invalid_json";
  /** Where parsing stopped in the last unreadable text, as a character offset, when known. */
  position: number | undefined;
  /** The text of the last parsed value. */
  readonly raw: RawText = { bytes: undefined, start: 0, end: 0, text: "" };

  readonly #locale: MessageLocale;

  constructor(locale: MessageLocale) {
    this.#locale = locale;
  }

  /**
   * Parses `bytes[start..end)`. `utf8` says the bytes were already validated; `terminated` is false for text cut
   * at the end of the input.
   */
  parse(
    bytes: Buffer,
    start: number,
    end: number,
    utf8: boolean,
    terminated: boolean,
  ): unknown | typeof UNREADABLE {
    this.position = undefined;
    if (!utf8 && !isUtf8(bytes.subarray(start, end))) {
      this.failure = "invalid_utf8";
      return UNREADABLE;
    }
    const text = bytes.toString("utf8", start, end);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      this.#diagnose(bytes, start, end, text, terminated, error);
      return UNREADABLE;
    }
    const raw = this.raw;
    raw.bytes = bytes;
    raw.start = start;
    raw.end = end;
    raw.text = text;
    return value;
  }

  /** The issue of the last unreadable text. */
  issue(path: string): Issue {
    return inputIssue(this.failure, path, {}, this.#locale);
  }

  #diagnose(
    bytes: Buffer,
    start: number,
    end: number,
    text: string,
    terminated: boolean,
    error: unknown,
  ): void {
    const nul = bytes.indexOf(0, start);
    if (nul >= 0 && nul < end) {
      this.failure = "nul_byte";
      return;
    }
    // V8 names the position where parsing stopped; the rest of its message may quote the input and is dropped.
    const match = error instanceof Error ? /position (\d+)/.exec(error.message) : null;
    const position = match ? Number(match[1]) : undefined;
    if (!terminated && (position === undefined || position >= text.trimEnd().length)) {
      this.failure = "truncated_input";
      return;
    }
    this.failure = "invalid_json";
    this.position = position;
  }
}
