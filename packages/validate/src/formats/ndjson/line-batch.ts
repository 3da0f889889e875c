import type { LineSink } from "../../io/line-splitter.js";
import { ArrayPool } from "./array-pool.js";

/** The line is known to be valid UTF-8. */
export const LINE_UTF8 = 1;
/** The line ended with a newline (false for a last line cut short). */
export const LINE_TERMINATED = 2;
/** The line was longer than the limit; its bytes were dropped. */
export const LINE_TOO_LONG = 4;
/** Numbers per line in `LineBatch.lines`: start, end, line number, flags. */
export const LINE_SIZE = 4;

/** Consecutive lines of an NDJSON input, copied into one buffer so they can go to a worker thread. */
export interface LineBatch {
  /** The bytes of the lines, back to back (without their newlines). */
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** Per line: start and end offsets in `bytes`, line number in the input, flags (`LINE_*`). */
  readonly lines: Int32Array<ArrayBuffer>;
  readonly count: number;
}

/** About this many bytes of lines go in a batch: enough that handing a batch over costs nothing per line. */
export const BATCH_BYTES = 256 * 1024;
const BATCH_LINES = 4096;

/** Buffers of each kind kept for reuse, at most (256 KiB of bytes and 64 KiB of line numbers each). */
const POOLED_BUFFERS = 8;

/**
 * Collects the lines of a `LineSplitter` into batches, copying each line out of its chunk (chunks are reused
 * or dropped as soon as they are split), and hands each full batch on. The buffers of a batch that has been
 * taken come back through `release`, so a long input does not leave a trail of buffers for the garbage
 * collector.
 */
export class LineBatcher implements LineSink {
  readonly #onBatch: (batch: LineBatch) => void;
  readonly #bytePool = new ArrayPool(Uint8Array, BATCH_BYTES, POOLED_BUFFERS);
  readonly #linePool = new ArrayPool(Int32Array, BATCH_LINES * LINE_SIZE, POOLED_BUFFERS);
  #bytes = this.#bytePool.take();
  #used = 0;
  #lines = this.#linePool.take();
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
      lines: this.#lines.subarray(0, this.#count * LINE_SIZE),
      count: this.#count,
    };
    // Both buffers are handed over (and may be moved to a worker): the next batch gets others.
    this.#bytes = this.#bytePool.take();
    this.#lines = this.#linePool.take();
    this.#used = 0;
    this.#count = 0;
    this.#onBatch(batch);
  }

  /** Gives back the buffers of a batch that has been taken. */
  release(batch: LineBatch): void {
    this.#bytePool.give(batch.bytes);
    this.#linePool.give(batch.lines);
  }

  #add(start: number, end: number, lineNumber: number, flags: number): void {
    const at = this.#count * LINE_SIZE;
    const lines = this.#lines;
    lines[at] = start;
    lines[at + 1] = end;
    lines[at + 2] = lineNumber;
    lines[at + 3] = flags;
    if (++this.#count === BATCH_LINES) this.flush();
  }
}
