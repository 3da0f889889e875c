import { Buffer, isUtf8 } from "node:buffer";

/** Receives the lines of a byte stream. */
export interface LineSink {
  /**
   * A line without its `\n` (a `\r` before it is kept), as `bytes[start..end)`. `utf8` is true when the bytes
   * are known to be valid UTF-8, false when they must be checked. `terminated` is false for a last line with no
   * newline after it.
   */
  line(
    bytes: Buffer,
    start: number,
    end: number,
    lineNumber: number,
    utf8: boolean,
    terminated: boolean,
  ): void;
  /** A line longer than the limit, reported once when the limit is crossed; its bytes are dropped. */
  tooLong(lineNumber: number): void;
}

/**
 * Splits chunks of bytes on `\n` (0x0A) without decoding them. Lines inside a chunk are handed on as views of
 * the chunk; only a line split across chunks is copied. A line longer than `maxLineBytes` is reported and its
 * bytes are dropped as they come, so memory stays bounded by the limit whatever the line's length. UTF-8 is
 * validated once per chunk over its whole lines (a native scan); lines are checked one by one only when that
 * fails or when they were split across chunks.
 */
export class LineSplitter {
  readonly #maxLineBytes: number;
  #carry: Buffer[] = [];
  #carryBytes = 0;
  #skipping = false;
  #lineNumber = 0;

  constructor(maxLineBytes: number) {
    this.#maxLineBytes = maxLineBytes;
  }

  /** Splits a chunk, handing complete lines to the sink. */
  push(chunk: Buffer, sink: LineSink): void {
    const max = this.#maxLineBytes;
    let start = 0;
    let first = chunk.indexOf(10);
    if (first < 0) {
      this.#keep(chunk, 0, sink);
      return;
    }
    // The first line may continue the carried bytes; it is finished here.
    this.#lineNumber++;
    if (this.#skipping) this.#skipping = false;
    else if (this.#carryBytes > 0) {
      const total = this.#carryBytes + first;
      if (total > max) sink.tooLong(this.#lineNumber);
      else {
        this.#carry.push(chunk.subarray(0, first));
        const line = Buffer.concat(this.#carry, total);
        sink.line(line, 0, line.length, this.#lineNumber, false, true);
      }
      this.#carry = [];
      this.#carryBytes = 0;
    } else if (first > max) sink.tooLong(this.#lineNumber);
    else sink.line(chunk, 0, first, this.#lineNumber, false, true);
    start = first + 1;
    const last = chunk.lastIndexOf(10);
    const utf8 = last > start ? isUtf8(chunk.subarray(start, last)) : true;
    while (start <= last) {
      const end = chunk.indexOf(10, start);
      this.#lineNumber++;
      if (end - start > max) sink.tooLong(this.#lineNumber);
      else sink.line(chunk, start, end, this.#lineNumber, utf8, true);
      start = end + 1;
    }
    first = start;
    if (first < chunk.length) this.#keep(chunk, first, sink);
  }

  /** Hands on the last line when the input does not end with a newline. */
  end(sink: LineSink): void {
    if (this.#skipping || this.#carryBytes === 0) return;
    const line = Buffer.concat(this.#carry, this.#carryBytes);
    this.#carry = [];
    this.#carryBytes = 0;
    sink.line(line, 0, line.length, ++this.#lineNumber, false, false);
  }

  #keep(chunk: Buffer, from: number, sink: LineSink): void {
    if (this.#skipping) return;
    const bytes = chunk.length - from;
    if (this.#carryBytes + bytes > this.#maxLineBytes) {
      sink.tooLong(this.#lineNumber + 1);
      this.#skipping = true;
      this.#carry = [];
      this.#carryBytes = 0;
      return;
    }
    // Copy: a view would keep the whole chunk alive for a few bytes of it.
    this.#carry.push(Buffer.from(chunk.subarray(from)));
    this.#carryBytes += bytes;
  }
}
