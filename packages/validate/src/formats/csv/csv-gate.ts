import { Buffer, isUtf8 } from "node:buffer";

/** Why the gate held a record back from the CSV parser. */
export type Withheld =
  | "record_too_large"
  | "nul_byte"
  | "invalid_utf8"
  | "truncated_input"
  | "text_after_quote";

const WITHHELD: readonly Withheld[] = [
  "record_too_large",
  "nul_byte",
  "invalid_utf8",
  "truncated_input",
  "text_after_quote",
];

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
 * Stands in front of the CSV parser, which cannot recover from an over-long record (its error ends the
 * stream) nor tell where a record with a bad quote should have ended. Finds record boundaries with the RFC
 * 4180 rules the parser follows (a quote opens a cell only at its start, `""` inside quotes is a quote; records
 * end at `\r\n`, `\n` or `\r`, mixed in one file or not) and holds at most `maxBytes` of one record. A record
 * that is too long, holds a NUL byte or is not UTF-8 is replaced by a one-cell marker line. A record whose
 * quoted cell is followed by other text (`"ab"c`) or never closes is malformed: its first line is replaced by a
 * marker and the lines after it are read again, so one bad quote never swallows the rows after it. The line
 * each row the parser gives starts at is kept in order (`nextLine`), exact whatever the line endings. The
 * marker holds a random token no input can guess.
 */
export class CsvGate {
  readonly #maxBytes: number;
  readonly #token = `\u0000${Math.random().toString(36).slice(2)}${Date.now().toString(36)}:`;
  #held: Buffer[] = [];
  #heldBytes = 0;
  #at: At = At.FieldStart;
  /** Physical line of the next byte, from 1. */
  #line = 1;
  #recordLine = 1;
  /** Offset, from the record's start, just after its first line ending; -1 while on its first line. */
  #firstLineEnd = -1;
  /** Skipping what is left of a malformed record's first line. */
  #droppingLine = false;
  /** Skipping a record over the size limit to its end (quotes still followed). */
  #droppingRecord = false;
  #pendingCr = false;
  #started = false;
  /** Start lines of the rows handed to the parser and not yet read back. */
  readonly #lines: number[] = [];
  #linesRead = 0;

  readonly #delimiter: number;

  /** `delimiter` is the byte between cells (a comma unless told). */
  constructor(maxBytes: number, delimiter = 0x2c) {
    this.#maxBytes = maxBytes;
    this.#delimiter = delimiter;
  }

  /** The reason a parsed row is a marker, or undefined for a real row. */
  withheld(row: readonly string[]): Withheld | undefined {
    const cell = row[0];
    if (row.length !== 1 || cell === undefined || !cell.startsWith(this.#token)) return undefined;
    return WITHHELD.find((reason) => reason === cell.slice(this.#token.length));
  }

  /** The line (from 1) where the next row the parser gives starts; call once per row, in order. */
  nextLine(): number | undefined {
    const line = this.#lines[this.#linesRead];
    if (line === undefined) return undefined;
    this.#linesRead++;
    if (this.#linesRead > 1024) {
      this.#lines.splice(0, this.#linesRead);
      this.#linesRead = 0;
    }
    return line;
  }

  /** Passes a chunk on, as the pieces to hand to the parser. */
  push(chunk: Buffer): (Buffer | string)[] {
    let buf = chunk;
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

  /** Ends the input: a record left inside quotes is cut short, and the lines after its first are read again. */
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

  #scanOnce(buf: Buffer, out: (Buffer | string)[], end: boolean): Buffer | undefined {
    let recordStart = 0;
    let passFrom = 0;
    let i = 0;
    const pass = (until: number) => {
      if (until > passFrom) out.push(buf.subarray(passFrom, until));
      passFrom = until;
    };
    while (i < buf.length) {
      const c = buf[i] as number;
      if (c === LF || c === CR) {
        const ending = c === CR && buf[i + 1] === LF ? 2 : 1;
        const stop = i + ending;
        this.#line++;
        if (this.#droppingLine) {
          this.#droppingLine = false;
          this.#recordLine = this.#line;
          recordStart = passFrom = i = stop;
        } else if (this.#at === At.Quoted) {
          if (this.#firstLineEnd < 0) this.#firstLineEnd = this.#heldBytes + stop - recordStart;
          i = stop;
        } else if (this.#droppingRecord) {
          this.#marker("record_too_large", out);
          this.#droppingRecord = false;
          this.#resetRecord();
          this.#recordLine = this.#line;
          recordStart = passFrom = i = stop;
        } else {
          const verdict = this.#judge(buf, recordStart, i);
          if (verdict !== undefined) {
            pass(recordStart);
            this.#marker(verdict, out);
            passFrom = stop;
          } else {
            if (this.#heldBytes + i - recordStart > 0) this.#lines.push(this.#recordLine);
            if (this.#heldBytes > 0) {
              pass(recordStart);
              out.push(...this.#held, buf.subarray(recordStart, stop));
              passFrom = stop;
            }
          }
          this.#resetRecord();
          this.#recordLine = this.#line;
          recordStart = i = stop;
        }
        continue;
      }
      i++;
      if (this.#droppingLine) continue;
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
          else if (!this.#droppingRecord) {
            pass(recordStart);
            return this.#malformed("text_after_quote", buf, recordStart, i - 1, out);
          } else this.#at = At.Unquoted;
      }
      if (!this.#droppingRecord && this.#heldBytes + i - recordStart > this.#maxBytes) {
        // Too long: dropped to its end, quotes still followed, so that the record after it is found.
        pass(recordStart);
        this.#droppingRecord = true;
        this.#held = [];
        this.#heldBytes = 0;
        passFrom = buf.length;
      }
    }
    if (this.#droppingLine || this.#droppingRecord) {
      pass(recordStart);
      passFrom = buf.length;
      if (end && this.#droppingRecord) {
        this.#marker("record_too_large", out);
        this.#droppingRecord = false;
        this.#resetRecord();
      }
      return undefined;
    }
    pass(recordStart);
    if (!end) {
      this.#hold(buf.subarray(recordStart));
      return undefined;
    }
    if (this.#at === At.Quoted) return this.#malformed("truncated_input", buf, recordStart, buf.length, out);
    if (this.#heldBytes + buf.length - recordStart > 0) {
      const verdict = this.#judge(buf, recordStart, buf.length);
      if (verdict !== undefined) this.#marker(verdict, out);
      else {
        this.#lines.push(this.#recordLine);
        out.push(...this.#held, buf.subarray(recordStart), "\n");
      }
    }
    this.#resetRecord();
    return undefined;
  }

  #judge(buf: Buffer, start: number, end: number): Withheld | undefined {
    const own = buf.subarray(start, end);
    const bytes = this.#heldBytes > 0 ? Buffer.concat([...this.#held, own]) : own;
    if (bytes.includes(0)) return "nul_byte";
    if (!isUtf8(bytes)) return "invalid_utf8";
    return undefined;
  }

  /**
   * Puts a marker in place of the current record's first line. The rest of that line is dropped; when the
   * record had reached further lines, returns them (up to `until`) with the rest of `buf`, to be read again.
   */
  #malformed(
    reason: Withheld,
    buf: Buffer,
    recordStart: number,
    until: number,
    out: (Buffer | string)[],
  ): Buffer | undefined {
    this.#marker(reason, out);
    const firstLineEnd = this.#firstLineEnd;
    const rest =
      firstLineEnd < 0
        ? undefined
        : Buffer.concat([...this.#held, buf.subarray(recordStart, until)]).subarray(firstLineEnd);
    const recordLine = this.#recordLine;
    this.#resetRecord();
    if (rest === undefined) {
      this.#line = recordLine;
      this.#droppingLine = true;
      return buf.subarray(until);
    }
    this.#line = recordLine + 1;
    this.#recordLine = this.#line;
    return Buffer.concat([rest, buf.subarray(until)]);
  }

  #marker(reason: Withheld, out: (Buffer | string)[]): void {
    this.#lines.push(this.#recordLine);
    out.push(`"${this.#token}${reason}"\n`);
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
