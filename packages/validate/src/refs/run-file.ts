import { closeSync, openSync, readSync, unlinkSync, writeSync } from "node:fs";
import type { SpillDir } from "./spill-dir.js";

/** A sorted run spilled to a file: records of `width` numbers each. */
export interface Run {
  readonly path: string;
  readonly records: number;
}

/** Largest buffer of a run writer or reader: big sequential transfers, little memory. */
export const RUN_BUFFER_BYTES = 64 * 1024;

/** A buffer of at most `bytes` (and `RUN_BUFFER_BYTES`) holding whole records, at least one. */
export function recordBuffer(bytes: number, width: number): Uint32Array {
  const records = Math.max(1, Math.floor(Math.min(bytes, RUN_BUFFER_BYTES) / (width * 4)));
  return new Uint32Array(records * width);
}

/** Writes records to a new file of the spill directory, through a buffer (reused from run to run). */
export class RunWriter {
  readonly #path: string;
  #fd: number | undefined;
  readonly #width: number;
  readonly #buffer: Uint32Array;
  readonly #bytes: Uint8Array;
  #length = 0;
  #records = 0;

  /** `buffer`: from `recordBuffer`, for the same width. */
  constructor(spill: SpillDir, width: number, buffer: Uint32Array) {
    ({ path: this.#path, fd: this.#fd } = spill.create());
    this.#width = width;
    this.#buffer = buffer;
    this.#bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }

  /** Appends the record `numbers[at .. at + width)`. */
  push(numbers: Uint32Array, at: number): void {
    const width = this.#width;
    if (this.#length + width > this.#buffer.length) this.#flush();
    const buffer = this.#buffer;
    const length = this.#length;
    for (let i = 0; i < width; i++) buffer[length + i] = numbers[at + i] as number;
    this.#length = length + width;
    this.#records++;
  }

  /** Writes what is buffered and closes the file. */
  finish(): Run {
    try {
      this.#flush();
    } finally {
      this.close();
    }
    return { path: this.#path, records: this.#records };
  }

  /** Closes the file without writing what is buffered (after a failure); the file goes with the directory. */
  close(): void {
    if (this.#fd === undefined) return;
    closeSync(this.#fd);
    this.#fd = undefined;
  }

  #flush(): void {
    const fd = this.#fd as number;
    const end = this.#length * 4;
    for (let done = 0; done < end; ) done += writeSync(fd, this.#bytes, done, end - done);
    this.#length = 0;
  }
}

/** Reads a run front to back through a buffer. After `next()` returns true the record is `numbers[at ..]`. */
export class RunReader {
  readonly numbers: Uint32Array;
  at = 0;
  readonly #bytes: Uint8Array;
  readonly #width: number;
  #fd: number | undefined;
  #filled = 0;
  #position = 0;
  readonly #end: number;

  constructor(run: Run, width: number, bufferBytes: number) {
    this.numbers = recordBuffer(bufferBytes, width);
    this.#bytes = new Uint8Array(this.numbers.buffer);
    this.#width = width;
    this.#end = run.records * width * 4;
    this.#fd = openSync(run.path, "r");
    this.at = -width;
  }

  next(): boolean {
    this.at += this.#width;
    if (this.at < this.#filled) return true;
    if (this.#fd === undefined || this.#position >= this.#end) {
      this.close();
      return false;
    }
    const length = Math.min(this.#bytes.length, this.#end - this.#position);
    for (let done = 0; done < length; ) {
      const read = readSync(this.#fd, this.#bytes, done, length - done, this.#position + done);
      if (read === 0) throw new Error("A temporary file of the checks across records was cut short");
      done += read;
    }
    this.#position += length;
    this.#filled = length / 4;
    this.at = 0;
    return true;
  }

  close(): void {
    if (this.#fd === undefined) return;
    closeSync(this.#fd);
    this.#fd = undefined;
  }
}

/** Deletes a run's file; a file already gone is fine. */
export function deleteRun(run: Run): void {
  try {
    unlinkSync(run.path);
  } catch {
    // Already removed with its directory.
  }
}
