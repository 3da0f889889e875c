import { Buffer, isUtf8 } from "node:buffer";

/** Why the gate held a record back from the CSV parser. */
export type Withheld = "record_too_large" | "nul_byte" | "invalid_utf8" | "truncated_input";

const WITHHELD: readonly Withheld[] = ["record_too_large", "nul_byte", "invalid_utf8", "truncated_input"];

/**
 * Stands in front of the CSV parser, which cannot recover from an over-long record (its error ends the
 * stream). Finds record boundaries with the RFC 4180 quote rules (a quote opens a field only at its start;
 * `""` inside quotes is a quote), holds at most `maxBytes` of one record, and replaces a record that is too
 * long, holds a NUL byte, is not UTF-8 or is cut short by the end of the input with a one-cell marker line
 * followed by as many newlines as the record had, so the parser's line numbers stay right. The marker holds a
 * random token no input can guess.
 */
export class CsvGate {
  readonly #maxBytes: number;
  readonly #delimiter: number;
  readonly #token = `\u0000${Math.random().toString(36).slice(2)}${Date.now().toString(36)}:`;
  #carry: Buffer[] = [];
  #carryBytes = 0;
  #dropping = false;
  #newlines = 0;
  #inQuotes = false;
  #fieldStart = true;
  /** A quote seen inside quotes as the last byte of a chunk: closing, or the first half of `""`. */
  #quotePending = false;

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

  /** Passes a chunk on, as the pieces to hand to the parser. */
  push(chunk: Buffer): (Buffer | string)[] {
    const out: (Buffer | string)[] = [];
    let recordStart = 0;
    let passFrom = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i] as number;
      if (this.#quotePending) {
        this.#quotePending = false;
        if (c === 0x22) continue;
        this.#inQuotes = false;
      }
      if (this.#inQuotes) {
        if (c === 0x22) {
          if (i + 1 === chunk.length) this.#quotePending = true;
          else if (chunk[i + 1] === 0x22) i++;
          else this.#inQuotes = false;
        } else if (c === 0x0a) this.#newlines++;
        continue;
      }
      if (c === 0x22 && this.#fieldStart) {
        this.#inQuotes = true;
        this.#fieldStart = false;
      } else if (c === this.#delimiter) this.#fieldStart = true;
      else if (c === 0x0a) {
        // A whole record: the carried bytes, then [recordStart, i] of this chunk.
        const verdict = this.#judge(chunk, recordStart, i + 1);
        if (verdict !== undefined || this.#carryBytes > 0 || this.#dropping) {
          if (recordStart > passFrom) out.push(chunk.subarray(passFrom, recordStart));
          if (verdict !== undefined) out.push(this.#marker(verdict, this.#newlines));
          else out.push(...this.#carry, chunk.subarray(recordStart, i + 1));
          passFrom = i + 1;
        }
        this.#carry = [];
        this.#carryBytes = 0;
        this.#dropping = false;
        this.#newlines = 0;
        recordStart = i + 1;
        this.#fieldStart = true;
      } else if (c !== 0x0d) this.#fieldStart = false;
    }
    if (recordStart > passFrom) out.push(chunk.subarray(passFrom, recordStart));
    this.#hold(chunk.subarray(recordStart));
    return out;
  }

  /** Ends the input: a last record without a newline is judged too; one left inside quotes is cut short. */
  end(): (Buffer | string)[] {
    if (this.#carryBytes === 0 && !this.#dropping) return [];
    const truncated = this.#inQuotes && !this.#quotePending;
    const verdict = truncated ? "truncated_input" : this.#judge(Buffer.alloc(0), 0, 0);
    const out = verdict === undefined ? [...this.#carry, "\n"] : [this.#marker(verdict, this.#newlines)];
    this.#carry = [];
    this.#carryBytes = 0;
    return out;
  }

  #judge(chunk: Buffer, start: number, end: number): Withheld | undefined {
    if (this.#dropping || this.#carryBytes + (end - start) > this.#maxBytes) return "record_too_large";
    const own = chunk.subarray(start, end);
    const bytes = this.#carryBytes > 0 ? Buffer.concat([...this.#carry, own]) : own;
    if (bytes.includes(0)) return "nul_byte";
    if (!isUtf8(bytes)) return "invalid_utf8";
    return undefined;
  }

  #hold(rest: Buffer): void {
    if (rest.length === 0 || this.#dropping) return;
    if (this.#carryBytes + rest.length > this.#maxBytes) {
      this.#dropping = true;
      this.#carry = [];
      this.#carryBytes = 0;
      return;
    }
    this.#carry.push(Buffer.from(rest));
    this.#carryBytes += rest.length;
  }

  #marker(reason: Withheld, newlines: number): string {
    return `"${this.#token}${reason}"\n${"\n".repeat(newlines)}`;
  }
}
