/** Why a CSV record could not be read. */
export type MalformedReason = "csv_quote_not_closed" | "csv_text_after_quote" | "csv_record_too_large";

/** One row of a CSV: its cells, or a row that could not be read, with the reason and its first line. */
export type CsvRow =
  | { readonly cells: string[] }
  | { readonly malformed: MalformedReason; readonly line: number };

/** Default size limit of one CSV record, in characters (16 Mi, as `@tip/validate`'s 16 MiB in bytes). */
export const DEFAULT_MAX_RECORD_CHARS = 16 * 1024 * 1024;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const BOM = 0xfeff;

/** Where the scanner is inside a record. */
enum At {
  FieldStart = 0,
  Unquoted = 1,
  Quoted = 2,
  /** A quote inside a quoted field: it closes the field, or starts `""`. */
  QuoteInQuoted = 3,
}

/**
 * Splits decoded CSV text, chunk by chunk, into rows of cells with the RFC 4180 rules csv-parse follows with
 * `relax_quotes` (`,` or the delimiter given between cells, `"` quotes a whole cell, `""` is a quote inside
 * one, a quote inside an unquoted cell is text; records end at `\r\n`, `\n` or `\r`, mixed in one file or
 * not; blank lines are no rows; a leading byte order mark is dropped), so that one bad record cannot swallow
 * the records after it. A record whose quoted cell is followed by other text (`"ab"c`) or never closes, or
 * that grows past the size limit, is malformed: it becomes one row naming the reason and the line it starts
 * at, what is left of its first line is dropped, and the lines after its first are read again as records of
 * their own. Every row therefore starts at the line it starts at in the file.
 *
 * It finds line ends and quotes with `indexOf` and cuts a record without quotes with `split`. It replaced a
 * byte scanner in front of csv-parse, which read every record twice (see docs/performance.md); csv-parse
 * remains the oracle its tests compare rows with (`csv-splitter.test.ts`).
 */
export class CsvSplitter {
  readonly #maxChars: number;
  readonly #delimiter: string;
  readonly #delimiterCode: number;
  /** Text of the current record read in earlier chunks. */
  #held: string[] = [];
  #heldChars = 0;
  /** Its size as the limit counts it: up to its last character that is no line ending. */
  #heldSize = 0;
  #at: At = At.FieldStart;
  /** The current record has a quoted cell, so `split` cannot cut it. */
  #quoted = false;
  /** Physical line of the next character, from 1. */
  #line = 1;
  /** Line where the current record starts. */
  #recordLine = 1;
  /** Offset, from the record's start, just after its first line ending; -1 while on its first line. */
  #firstLineEnd = -1;
  /** Skipping what is left of a malformed record's first line. */
  #dropping = false;
  /** A CR that ended the last chunk: held until the next character says whether it is a CRLF. */
  #pendingCr = false;
  /** Whether the first characters (and a byte order mark there) were seen. */
  #started = false;

  /** `delimiter`: the one-character cell separator (default `,`); `maxChars`: size limit of one record. */
  constructor(options: { readonly maxChars?: number; readonly delimiter?: string } = {}) {
    this.#maxChars = options.maxChars ?? DEFAULT_MAX_RECORD_CHARS;
    this.#delimiter = options.delimiter ?? ",";
    this.#delimiterCode = this.#delimiter.charCodeAt(0);
  }

  /** Reads a chunk of text; returns the rows it completes. */
  push(chunk: string): CsvRow[] {
    let text = this.#pendingCr ? `\r${chunk}` : chunk;
    this.#pendingCr = text.charCodeAt(text.length - 1) === CR;
    if (this.#pendingCr) text = text.slice(0, -1);
    if (!this.#started && text.length > 0) {
      this.#started = true;
      if (text.charCodeAt(0) === BOM) text = text.slice(1);
    }
    const rows: CsvRow[] = [];
    this.#scan(text, rows, false);
    return rows;
  }

  /** Ends the input: a record left inside quotes is malformed, and the lines after its first are read again. */
  end(): CsvRow[] {
    const rows: CsvRow[] = [];
    this.#scan(this.#pendingCr ? "\r" : "", rows, true);
    this.#pendingCr = false;
    return rows;
  }

  #scan(first: string, rows: CsvRow[], end: boolean): void {
    let text: string | undefined = first;
    while (text !== undefined) text = this.#scanOnce(text, rows, end);
  }

  /** Scans one text; returns the text to scan again when a malformed record spanned several lines. */
  #scanOnce(s: string, rows: CsvRow[], end: boolean): string | undefined {
    const length = s.length;
    const delimiter = this.#delimiterCode;
    let recordStart = 0;
    let i = 0;
    // Next LF, CR and quote at or after i (-1: none in the text); looked up again only once passed.
    let lf = s.indexOf("\n");
    let cr = s.indexOf("\r");
    let quote = s.indexOf('"');
    const lineEndFrom = (from: number): number => {
      if (lf !== -1 && lf < from) lf = s.indexOf("\n", from);
      if (cr !== -1 && cr < from) cr = s.indexOf("\r", from);
      return lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
    };
    const afterEnding = (at: number): number =>
      s.charCodeAt(at) === CR && s.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
    const tooLarge = (at: number): boolean => this.#heldChars + at - recordStart > this.#maxChars;

    while (i < length) {
      if (this.#dropping) {
        const stop = lineEndFrom(i);
        if (stop === -1) return undefined;
        this.#dropping = false;
        this.#line++;
        this.#recordLine = this.#line;
        recordStart = i = afterEnding(stop);
        continue;
      }
      if (this.#at === At.Quoted) {
        if (quote !== -1 && quote < i) quote = s.indexOf('"', i);
        const until = quote === -1 ? length : quote;
        // Line endings inside the quoted cell: counted, and the first one remembered.
        for (let stop = lineEndFrom(i); stop !== -1 && stop < until; stop = lineEndFrom(i)) {
          i = afterEnding(stop);
          this.#line++;
          if (this.#firstLineEnd < 0) this.#firstLineEnd = this.#heldChars + i - recordStart;
        }
        if (quote === -1) {
          i = length;
          break;
        }
        if (tooLarge(quote + 1)) return this.#malformed("csv_record_too_large", s, recordStart, rows);
        this.#at = At.QuoteInQuoted;
        i = quote + 1;
        continue;
      }
      if (this.#at === At.QuoteInQuoted) {
        const c = s.charCodeAt(i);
        if (c === QUOTE) {
          this.#at = At.Quoted;
          i++;
          continue;
        }
        if (c === delimiter) {
          this.#at = At.FieldStart;
          i++;
          continue;
        }
        if (c !== LF && c !== CR) {
          if (tooLarge(i)) return this.#malformed("csv_record_too_large", s, recordStart, rows);
          return this.#malformed("csv_text_after_quote", s, recordStart, rows);
        }
        this.#at = At.Unquoted;
      }
      // Outside quotes: up to the record's end, or to the quote that comes first.
      const stop = lineEndFrom(i);
      if (quote !== -1 && quote < i) quote = s.indexOf('"', i);
      if (quote !== -1 && (stop === -1 || quote < stop)) {
        const opens = quote === i ? this.#at === At.FieldStart : s.charCodeAt(quote - 1) === delimiter;
        if (opens) {
          this.#at = At.Quoted;
          this.#quoted = true;
        } else this.#at = At.Unquoted;
        i = quote + 1;
        continue;
      }
      if (stop === -1) {
        i = length;
        break;
      }
      if (tooLarge(stop)) return this.#malformed("csv_record_too_large", s, recordStart, rows);
      this.#emit(s, recordStart, stop, rows);
      this.#line++;
      this.#recordLine = this.#line;
      recordStart = i = afterEnding(stop);
    }
    // The text ends inside a record (or a line being dropped).
    if (this.#dropping) return undefined;
    if (this.#sizeSoFar(s, recordStart) > this.#maxChars)
      return this.#malformed("csv_record_too_large", s, recordStart, rows);
    if (!end) {
      this.#hold(s, recordStart);
      return undefined;
    }
    if (this.#at === At.Quoted) return this.#malformed("csv_quote_not_closed", s, recordStart, rows);
    this.#emit(s, recordStart, length, rows);
    return undefined;
  }

  /** The size of the record up to the end of `s`; line endings inside quotes count once a character follows. */
  #sizeSoFar(s: string, recordStart: number): number {
    let last = s.length;
    while (last > recordStart && isLineEnding(s.charCodeAt(last - 1))) last--;
    return last > recordStart ? this.#heldChars + last - recordStart : this.#heldSize;
  }

  /** The state at the end of a chunk that ends inside a record: its text so far is held for the next one. */
  #hold(s: string, recordStart: number): void {
    if (recordStart >= s.length) return;
    if (this.#at === At.FieldStart || this.#at === At.Unquoted)
      this.#at = s.charCodeAt(s.length - 1) === this.#delimiterCode ? At.FieldStart : At.Unquoted;
    this.#heldSize = this.#sizeSoFar(s, recordStart);
    this.#held.push(s.slice(recordStart));
    this.#heldChars += s.length - recordStart;
  }

  /** Passes on the record that ends at `stop` (a blank line is no row) and gets ready for the next one. */
  #emit(s: string, recordStart: number, stop: number, rows: CsvRow[]): void {
    const tail = s.slice(recordStart, stop);
    const text = this.#heldChars === 0 ? tail : this.#held.join("") + tail;
    if (text !== "")
      rows.push({ cells: this.#quoted ? cellsOf(text, this.#delimiter) : text.split(this.#delimiter) });
    this.#resetRecord();
  }

  /**
   * Puts a malformed row in place of the current record. The rest of its first line is dropped; when the
   * record had reached further lines, returns them with the rest of `s`, to be scanned again.
   */
  #malformed(reason: MalformedReason, s: string, recordStart: number, rows: CsvRow[]): string | undefined {
    rows.push({ malformed: reason, line: this.#recordLine });
    const firstLineEnd = this.#firstLineEnd;
    const record = firstLineEnd < 0 ? undefined : this.#held.join("") + s.slice(recordStart);
    const recordLine = this.#recordLine;
    this.#resetRecord();
    if (record === undefined) {
      // Still on its first line: skip the rest of that line, then go on with the next record.
      this.#line = recordLine;
      this.#dropping = true;
      return s.slice(recordStart);
    }
    this.#line = recordLine + 1;
    this.#recordLine = this.#line;
    return record.slice(firstLineEnd);
  }

  #resetRecord(): void {
    this.#held = [];
    this.#heldChars = 0;
    this.#heldSize = 0;
    this.#at = At.FieldStart;
    this.#quoted = false;
    this.#firstLineEnd = -1;
  }
}

function isLineEnding(code: number): boolean {
  return code === LF || code === CR;
}

/**
 * The cells of one record whose quotes were checked: a cell that starts with a quote runs to its closing quote
 * (`""` inside is one quote) and the delimiter or the record's end follows; any other cell runs to the next
 * delimiter, quotes in it being text.
 */
function cellsOf(text: string, delimiter: string): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (text.charCodeAt(i) !== QUOTE) {
      const next = text.indexOf(delimiter, i);
      if (next === -1) {
        cells.push(text.slice(i));
        return cells;
      }
      cells.push(text.slice(i, next));
      i = next + 1;
      continue;
    }
    let cell = "";
    for (let from = i + 1; ; ) {
      const close = text.indexOf('"', from);
      cell += text.slice(from, close);
      if (text.charCodeAt(close + 1) === QUOTE) {
        cell += '"';
        from = close + 2;
        continue;
      }
      i = close + 1;
      break;
    }
    cells.push(cell);
    if (i >= text.length) return cells;
    i++;
  }
}
