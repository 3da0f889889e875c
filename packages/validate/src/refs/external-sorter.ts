import { type RadixScratch, radixOrder } from "./radix-order.js";
import { RecordBlocks } from "./record-blocks.js";
import { deleteRun, type Run, RunReader, RunWriter, recordBuffer } from "./run-file.js";
import { MergeCursor, type RecordCompare, type SortedCursor } from "./run-merge.js";
import type { SpillDir } from "./spill-dir.js";

/** Options of an `ExternalSorter`. */
export interface SorterOptions {
  /** Numbers (unsigned 32-bit) of one record. */
  readonly width: number;
  /** Leading numbers compared first, as unsigned numbers. */
  readonly keySize: number;
  /** Index of the number compared after the key (a record index, say). Records still equal keep push order. */
  readonly tiebreak: number;
  /** Most bytes the records and their sort order hold in memory before they go to a run file. */
  readonly memoryBytes: number;
  /** Where run files go; nothing is written while everything fits in `memoryBytes`. */
  readonly spill: SpillDir;
  /**
   * The key's first number is spread evenly, as a random UUID's is: the radix sort covers only that number, and
   * the few records equal on it are ordered among themselves. The order is the same either way.
   */
  readonly evenKey?: boolean;
  /** Most runs merged at once; more are merged in passes, which bounds the read buffers. Default 32. */
  readonly fanIn?: number;
}

/**
 * Sorts fixed-width records of 32-bit numbers with bounded memory: records gather in blocks, up to
 * `memoryBytes` with their sort order; when full they are sorted (radix) and written to a run file, and the
 * blocks take the next records; `sorted()` then merges the runs, or sorts in memory when nothing was spilled.
 * All file access is synchronous and sequential.
 */
export class ExternalSorter {
  readonly #width: number;
  /** Column indexes compared, most significant first. */
  readonly #sortColumns: readonly number[];
  readonly #compare: RecordCompare;
  readonly #memoryBytes: number;
  readonly #spill: SpillDir;
  readonly #fanIn: number;
  readonly #records: RecordBlocks;
  /** Sort order and its scratch, kept from run to run so spilling makes no garbage. */
  #scratch: RadixScratch | undefined;
  /** Whether the records held came in tiebreak order, which a stable sort keeps without sorting on it. */
  #tiebreakInOrder = true;
  #lastTiebreak = 0;
  readonly #tiebreak: number;
  /** Columns sorted digit by digit; records equal on them are then ordered run by run (see `radixOrder`). */
  readonly #radixColumns: number;
  #writeBuffer: Uint32Array | undefined;
  #pushed = 0;
  readonly #runs: Run[] = [];
  #spilledRuns = 0;
  #cursor: MergeCursor | undefined;

  constructor(options: SorterOptions) {
    const { width, keySize, tiebreak } = options;
    this.#width = width;
    this.#sortColumns = [...Array.from({ length: keySize }, (_, i) => i), tiebreak];
    this.#tiebreak = tiebreak;
    this.#radixColumns = options.evenKey === true ? 1 : Number.POSITIVE_INFINITY;
    this.#compare = compareBy(keySize, tiebreak);
    // A record and its four numbers of sort scratch.
    const capacity = Math.max(1, Math.floor(options.memoryBytes / (width * 4 + 16)));
    this.#records = new RecordBlocks(width, capacity);
    this.#memoryBytes = options.memoryBytes;
    this.#spill = options.spill;
    this.#fanIn = Math.max(2, options.fanIn ?? 32);
  }

  /** Records pushed. */
  get length(): number {
    return this.#pushed;
  }

  /** Runs written to files so far, merge passes included. */
  get spilledRuns(): number {
    return this.#spilledRuns;
  }

  /** Bytes held in memory: the records, their sort order, the write buffer. */
  get byteLength(): number {
    return (
      this.#records.byteLength +
      (this.#scratch?.order.byteLength ?? 0) * 4 +
      (this.#writeBuffer?.byteLength ?? 0)
    );
  }

  /** Adds the record `numbers[at .. at + width)`. */
  push(numbers: Uint32Array, at: number): void {
    if (this.#records.full) this.#spillRecords();
    const tiebreak = numbers[at + this.#tiebreak] as number;
    if (tiebreak < this.#lastTiebreak) this.#tiebreakInOrder = false;
    this.#lastTiebreak = tiebreak;
    this.#records.push(numbers, at);
    this.#pushed++;
  }

  /**
   * The records in order. Call once, after the last `push`; the records are handed over, not copied (read
   * them before the next `next()`).
   */
  sorted(): SortedCursor {
    if (this.#runs.length === 0) return new BlocksCursor(this.#records, this.#sort());
    if (this.#records.count > 0) this.#spillRecords();
    this.#release();
    while (this.#runs.length > this.#fanIn) this.#mergePass();
    this.#cursor = this.#merge(this.#runs);
    return this.#cursor;
  }

  /** Closes and deletes the run files, and lets the buffer go. */
  close(): void {
    this.#cursor?.close();
    for (const run of this.#runs) deleteRun(run);
    this.#runs.length = 0;
    this.#release();
  }

  #release(): void {
    this.#records.release();
    this.#scratch = undefined;
    this.#writeBuffer = undefined;
  }

  /** The held records' indexes in sorted order, equal records in push order. */
  #sort(): Uint32Array {
    const count = this.#records.count;
    if (this.#scratch === undefined || this.#scratch.order.length < count) {
      const array = () => new Uint32Array(count);
      this.#scratch = { order: array(), other: array(), keys: array(), otherKeys: array() };
    }
    const numbers = this.#tiebreakInOrder ? this.#sortColumns.slice(0, -1) : this.#sortColumns;
    return radixOrder(this.#records, numbers, this.#scratch, this.#radixColumns);
  }

  #spillRecords(): void {
    const order = this.#sort();
    const records = this.#records;
    const writer = this.#writer();
    try {
      for (let i = 0; i < order.length; i++) {
        const index = order[i] as number;
        writer.push(records.blockOf(index), records.offsetOf(index));
      }
      this.#runs.push(writer.finish());
    } catch (error) {
      writer.close();
      throw error;
    }
    this.#spilledRuns++;
    records.clear();
    this.#tiebreakInOrder = true;
    this.#lastTiebreak = 0;
  }

  /** Merges each `fanIn` consecutive runs into one, so the order of equal records is kept. */
  #mergePass(): void {
    const merged: Run[] = [];
    for (let start = 0; start < this.#runs.length; start += this.#fanIn) {
      const group = this.#runs.slice(start, start + this.#fanIn);
      merged.push(group.length === 1 ? (group[0] as Run) : this.#mergeToRun(group));
    }
    this.#runs.splice(0, this.#runs.length, ...merged);
  }

  #mergeToRun(group: readonly Run[]): Run {
    const cursor = this.#merge(group);
    const writer = this.#writer();
    let run: Run;
    try {
      while (cursor.next()) writer.push(cursor.numbers, cursor.at);
      run = writer.finish();
    } catch (error) {
      writer.close();
      throw error;
    } finally {
      cursor.close();
    }
    this.#spilledRuns++;
    for (const old of group) deleteRun(old);
    return run;
  }

  #writer(): RunWriter {
    this.#writeBuffer ??= recordBuffer(this.#memoryBytes, this.#width);
    return new RunWriter(this.#spill, this.#width, this.#writeBuffer);
  }

  #merge(runs: readonly Run[]): MergeCursor {
    const bufferBytes = this.#memoryBytes / Math.min(runs.length, this.#fanIn);
    const readers: RunReader[] = [];
    try {
      for (const run of runs) readers.push(new RunReader(run, this.#width, bufferBytes));
    } catch (error) {
      for (const reader of readers) reader.close();
      throw error;
    }
    return new MergeCursor(readers, this.#compare);
  }
}

/** Walks records held in memory in the order of a permutation. */
class BlocksCursor implements SortedCursor {
  numbers: Uint32Array = new Uint32Array(0);
  at = 0;
  readonly #records: RecordBlocks;
  readonly #order: Uint32Array;
  #next = 0;

  constructor(records: RecordBlocks, order: Uint32Array) {
    this.#records = records;
    this.#order = order;
  }

  next(): boolean {
    if (this.#next >= this.#order.length) return false;
    const index = this.#order[this.#next++] as number;
    this.numbers = this.#records.blockOf(index);
    this.at = this.#records.offsetOf(index);
    return true;
  }
}

/** Compares `keySize` leading numbers, then the tiebreak number, all as unsigned numbers. */
function compareBy(keySize: number, tiebreak: number): RecordCompare {
  return (a, aAt, b, bAt) => {
    for (let i = 0; i < keySize; i++) {
      const x = a[aAt + i] as number;
      const y = b[bAt + i] as number;
      if (x !== y) return x < y ? -1 : 1;
    }
    const x = a[aAt + tiebreak] as number;
    const y = b[bAt + tiebreak] as number;
    return x === y ? 0 : x < y ? -1 : 1;
  };
}
