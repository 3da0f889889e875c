import { Buffer } from "node:buffer";

/** Why the splitter held a record back from the CSV parser. */
export type MalformedReason = "csv_quote_not_closed" | "csv_text_after_quote" | "csv_record_too_large";

/** Default size limit of one CSV record, in bytes (16 MiB, as in `@tip/validate`). */
export const DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const CR_BYTE = Buffer.from([CR]);

/** Where the scanner is inside a record. */
enum At {
  FieldStart = 0,
  Unquoted = 1,
  Quoted = 2,
  /** A quote inside a quoted field: it closes the field, or starts `""`. */
  QuoteInQuoted = 3,
}

/**
 * Stands in front of csv-parse and finds record boundaries with the RFC 4180 rules csv-parse follows (`,`
 * between cells, `"` quotes a whole cell, `""` is a quote inside one; records end at `\r\n`, `\n` or `\r`), so
 * that one bad record cannot swallow the records after it. A record whose quoted cell is followed by other text
 * (`"ab"c`) or never closes, or that grows past the size limit, is malformed: its first physical line is
 * replaced by a one-cell marker line and the lines after it are read again as records of their own. Every
 * record therefore starts at the line it starts at in the file, and a marker names the reason and that line.
 * A quote inside an unquoted cell (`ab"c`) is text, as spreadsheets read it (csv-parse's `relax_quotes`).
 * The marker holds a random token no input can guess.
 */
export class CsvSplitter {
  readonly #maxBytes: number;
  readonly #token = `\u0000${Math.random().toString(36).slice(2)}${Date.now().toString(36)}:`;
  /** Bytes of the current record read in earlier chunks. */
  #held: Buffer[] = [];
  #heldBytes = 0;
  #at: At = At.FieldStart;
  /** Physical line of the next byte, from 1. */
  #line = 1;
  /** Line where the current record starts. */
  #recordLine = 1;
  /** Offset, from the record's start, just after its first line ending; -1 while on its first line. */
  #firstLineEnd = -1;
  /** Skipping what is left of a malformed record's first line. */
  #dropping = false;
  /** A CR that ended the last chunk: held until the next byte says whether it is a CRLF. */
  #pendingCr = false;
  /** Whether the first bytes (and a UTF-8 byte order mark there, which csv-parse drops) were seen. */
  #started = false;
  readonly #delimiter: number;

  /** `delimiter`: the one-byte cell separator csv-parse is given (default `,`). */
  constructor(options: { readonly maxBytes?: number; readonly delimiter?: string } = {}) {
    this.#maxBytes = options.maxBytes ?? DEFAULT_MAX_RECORD_BYTES;
    this.#delimiter = (options.delimiter ?? ",").charCodeAt(0);
  }

  /** The reason and line of a marker row, or `undefined` for a real row. */
  malformed(row: readonly string[]): { reason: MalformedReason; line: number } | undefined {
    const cell = row[0];
    if (row.length !== 1 || cell === undefined || !cell.startsWith(this.#token)) return undefined;
    const [reason, line] = cell.slice(this.#token.length).split(":");
    return { reason: reason as MalformedReason, line: Number(line) };
  }

  /** Passes a chunk on, as the pieces to hand to the parser. */
  push(chunk: Buffer | string): (Buffer | string)[] {
    let buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    if (this.#pendingCr) buf = Buffer.concat([CR_BYTE, buf]);
    this.#pendingCr = buf.length > 0 && buf[buf.length - 1] === CR;
    if (this.#pendingCr) buf = buf.subarray(0, buf.length - 1);
    const out: (Buffer | string)[] = [];
    if (!this.#started && buf.length > 0) {
      this.#started = true;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
        out.push(buf.subarray(0, 3));
        buf = buf.subarray(3);
      }
    }
    this.#scan(buf, out, false);
    return out;
  }

  /** Ends the input: a record left inside quotes is malformed, and the lines after its first are read again. */
  end(): (Buffer | string)[] {
    const out: (Buffer | string)[] = [];
    this.#scan(this.#pendingCr ? CR_BYTE : Buffer.alloc(0), out, true);
    this.#pendingCr = false;
    return out;
  }

  #scan(first: Buffer, out: (Buffer | string)[], end: boolean): void {
    let buf: Buffer | undefined = first;
    while (buf !== undefined) buf = this.#scanOnce(buf, out, end);
  }

  /**
   * The common case, at native speed: a chunk with no quote and no CR, outside quotes. Its records end at each
   * LF; only their lengths need checking. Returns false when the chunk needs the byte-by-byte scan.
   */
  #scanPlain(buf: Buffer, out: (Buffer | string)[]): boolean {
    if (this.#dropping || this.#at === At.Quoted || this.#at === At.QuoteInQuoted) return false;
    if (buf.indexOf(QUOTE) !== -1 || buf.indexOf(CR) !== -1) return false;
    let recordStart = 0;
    let held = this.#heldBytes;
    for (let lf = buf.indexOf(LF); lf !== -1; lf = buf.indexOf(LF, lf + 1)) {
      if (held + lf - recordStart > this.#maxBytes) return false;
      held = 0;
      recordStart = lf + 1;
    }
    if (held + buf.length - recordStart > this.#maxBytes) return false;
    // Checked: now pass the records on and hold the last, unfinished one.
    let lines = 0;
    for (let lf = buf.indexOf(LF); lf !== -1; lf = buf.indexOf(LF, lf + 1)) lines++;
    if (lines > 0) {
      out.push(...this.#held, buf.subarray(0, recordStart));
      this.#resetRecord();
      this.#line += lines;
      this.#recordLine = this.#line;
    }
    const tail = buf.subarray(recordStart);
    if (tail.length > 0) this.#at = tail[tail.length - 1] === this.#delimiter ? At.FieldStart : At.Unquoted;
    this.#hold(tail);
    return true;
  }

  /** Scans one buffer; returns the bytes to scan again when a malformed record spanned several lines. */
  #scanOnce(buf: Buffer, out: (Buffer | string)[], end: boolean): Buffer | undefined {
    if (!end && this.#scanPlain(buf, out)) return undefined;
    let recordStart = 0;
    let passFrom = 0;
    let i = 0;
    while (i < buf.length) {
      const c = buf[i] as number;
      if (c === LF || c === CR) {
        const stop = i + (c === CR && buf[i + 1] === LF ? 2 : 1);
        this.#line++;
        if (this.#dropping) {
          this.#dropping = false;
          this.#recordLine = this.#line;
          recordStart = passFrom = i = stop;
        } else if (this.#at === At.Quoted) {
          if (this.#firstLineEnd < 0) this.#firstLineEnd = this.#heldBytes + stop - recordStart;
          i = stop;
        } else {
          if (this.#heldBytes > 0) {
            if (recordStart > passFrom) out.push(buf.subarray(passFrom, recordStart));
            out.push(...this.#held, buf.subarray(recordStart, stop));
            passFrom = stop;
          }
          this.#resetRecord();
          this.#recordLine = this.#line;
          recordStart = i = stop;
        }
        continue;
      }
      i++;
      if (this.#dropping) continue;
      switch (this.#at) {
        case At.FieldStart:
          this.#at = c === QUOTE ? At.Quoted : c === this.#delimiter ? At.FieldStart : At.Unquoted;
          break;
        case At.Unquoted:
          if (c === this.#delimiter) this.#at = At.FieldStart;
          break;
        case At.Quoted:
          if (c === QUOTE) this.#at = At.QuoteInQuoted;
          break;
        case At.QuoteInQuoted:
          if (c === QUOTE) this.#at = At.Quoted;
          else if (c === this.#delimiter) this.#at = At.FieldStart;
          else return this.#malformed("csv_text_after_quote", buf, recordStart, passFrom, i - 1, out);
      }
      if (this.#heldBytes + i - recordStart > this.#maxBytes)
        return this.#malformed("csv_record_too_large", buf, recordStart, passFrom, i, out);
    }
    if (this.#dropping) {
      if (recordStart > passFrom) out.push(buf.subarray(passFrom, recordStart));
      return undefined;
    }
    if (recordStart > passFrom) out.push(buf.subarray(passFrom, recordStart));
    if (!end) {
      this.#hold(buf.subarray(recordStart));
      return undefined;
    }
    if (this.#at === At.Quoted) {
      return this.#malformed("csv_quote_not_closed", buf, recordStart, recordStart, buf.length, out);
    }
    if (this.#heldBytes > 0 || recordStart < buf.length) out.push(...this.#held, buf.subarray(recordStart));
    this.#resetRecord();
    return undefined;
  }

  /**
   * Puts a marker in place of the current record's first line. The rest of that line is dropped; when the
   * record had reached further lines, returns them (up to `until`) with the rest of `buf`, to be scanned again.
   */
  #malformed(
    reason: MalformedReason,
    buf: Buffer,
    recordStart: number,
    passFrom: number,
    until: number,
    out: (Buffer | string)[],
  ): Buffer | undefined {
    if (recordStart > passFrom) out.push(buf.subarray(passFrom, recordStart));
    out.push(`"${this.#token}${reason}:${this.#recordLine}"\n`);
    const firstLineEnd = this.#firstLineEnd;
    const record =
      firstLineEnd < 0
        ? undefined
        : Buffer.concat([...this.#held, buf.subarray(recordStart, until)]).subarray(firstLineEnd);
    const recordLine = this.#recordLine;
    this.#resetRecord();
    this.#line = recordLine;
    if (record === undefined) {
      // Still on its first line: skip the rest of that line, then go on with the next record.
      this.#dropping = true;
      return buf.subarray(until);
    }
    this.#line = recordLine + 1;
    this.#recordLine = this.#line;
    return Buffer.concat([record, buf.subarray(until)]);
  }

  #resetRecord(): void {
    this.#held = [];
    this.#heldBytes = 0;
    this.#at = At.FieldStart;
    this.#firstLineEnd = -1;
  }

  #hold(rest: Buffer): void {
    if (rest.length === 0) return;
    this.#held.push(Buffer.from(rest));
    this.#heldBytes += rest.length;
  }
}
