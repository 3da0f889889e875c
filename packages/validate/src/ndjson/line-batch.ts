import type { LineSink } from "../stream/line-splitter.js";

/** The line is known to be valid UTF-8. */
export const LINE_UTF8 = 1;
/** The line ended with a newline (false for a last line cut short). */
export const LINE_TERMINATED = 2;
/** The line was longer than the limit; its bytes were dropped. */
export const LINE_TOO_LONG = 4;
/** Words per line in `LineBatch.lines`: start, end, line number, flags. */
export const LINE_WORDS = 4;

/** Consecutive lines of an NDJSON input, copied into one buffer so they can go to a worker thread. */
export interface LineBatch {
  /** The bytes of the lines, back to back (without their newlines). */
  readonly bytes: Uint8Array;
  /** Per line: start and end offsets in `bytes`, line number in the input, flags (`LINE_*`). */
  readonly lines: Int32Array;
  readonly count: number;
}

/** About this many bytes of lines go in a batch: enough that handing a batch over costs nothing per line. */
export const BATCH_BYTES = 256 * 1024;
const BATCH_LINES = 4096;

/** Buffers kept for reuse, at most (each 256 KiB); more are left to the garbage collector. */
const SPARE_BUFFERS = 8;

/**
 * Collects the lines of a `LineSplitter` into batches, copying each line out of its chunk (chunks are reused
 * or dropped as soon as they are split), and hands each full batch on. The buffer of a batch that has been
 * taken comes back through `release`, so a long input does not leave a trail of buffers for the garbage
 * collector.
 */
export class LineBatcher implements LineSink {
  readonly #onBatch: (batch: LineBatch) => void;
  readonly #spare: Uint8Array<ArrayBuffer>[] = [];
  #bytes = new Uint8Array(BATCH_BYTES);
  #used = 0;
  #lines = new Int32Array(BATCH_LINES * LINE_WORDS);
  #count = 0;

  constructor(onBatch: (batch: LineBatch) => void) {
    this.#onBatch = onBatch;
  }

  line(
    bytes: Uint8Array,
    start: number,
    end: number,
    lineNumber: number,
    utf8: boolean,
    terminated: boolean,
  ): void {
    const length = end - start;
    if (this.#used + length > this.#bytes.length) {
      this.flush();
      if (length > this.#bytes.length) this.#bytes = new Uint8Array(length);
    }
    this.#bytes.set(bytes.subarray(start, end), this.#used);
    this.#add(
      this.#used,
      this.#used + length,
      lineNumber,
      (utf8 ? LINE_UTF8 : 0) | (terminated ? LINE_TERMINATED : 0),
    );
    this.#used += length;
  }

  tooLong(lineNumber: number): void {
    this.#add(this.#used, this.#used, lineNumber, LINE_TOO_LONG);
  }

  /** Hands on the lines collected so far, if any. */
  flush(): void {
    if (this.#count === 0) return;
    const batch: LineBatch = {
      bytes: this.#bytes.subarray(0, this.#used),
      lines: this.#lines.slice(0, this.#count * LINE_WORDS),
      count: this.#count,
    };
    // The bytes are handed over (and may be moved to a worker): the next batch gets another buffer.
    this.#bytes = this.#spare.pop() ?? new Uint8Array(BATCH_BYTES);
    this.#used = 0;
    this.#count = 0;
    this.#onBatch(batch);
  }

  /** Gives back the buffer of a batch that has been taken. */
  release(bytes: Uint8Array): void {
    const buffer = new Uint8Array(bytes.buffer as ArrayBuffer);
    if (buffer.length === BATCH_BYTES && this.#spare.length < SPARE_BUFFERS) this.#spare.push(buffer);
  }

  #add(start: number, end: number, lineNumber: number, flags: number): void {
    const at = this.#count * LINE_WORDS;
    const lines = this.#lines;
    lines[at] = start;
    lines[at + 1] = end;
    lines[at + 2] = lineNumber;
    lines[at + 3] = flags;
    if (++this.#count === BATCH_LINES) this.flush();
  }
}
