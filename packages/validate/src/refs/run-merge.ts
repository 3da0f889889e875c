import type { RunReader } from "./run-file.js";

/** Orders two records: negative, zero or positive. */
export type RecordCompare = (a: Uint32Array, aAt: number, b: Uint32Array, bAt: number) => number;

/** Reads records in order: after `next()` returns true, the record is `numbers[at .. at + width)`. */
export interface SortedCursor {
  next(): boolean;
  readonly numbers: Uint32Array;
  readonly at: number;
}

/**
 * Merges sorted runs with a binary heap of their readers. Equal records come from the earlier run first, so a
 * merge of runs written in push order keeps the push order of equal records.
 */
export class MergeCursor implements SortedCursor {
  numbers: Uint32Array = new Uint32Array(0);
  at = 0;
  readonly #readers: readonly RunReader[];
  readonly #compare: RecordCompare;
  #heap: number[] | undefined;

  constructor(readers: readonly RunReader[], compare: RecordCompare) {
    this.#readers = readers;
    this.#compare = compare;
  }

  next(): boolean {
    let heap = this.#heap;
    if (heap === undefined) {
      heap = [];
      this.#readers.forEach((reader, index) => {
        if (reader.next()) heap?.push(index);
      });
      this.#heap = heap;
      for (let i = (heap.length >>> 1) - 1; i >= 0; i--) this.#siftDown(i);
    } else if (heap.length > 0) {
      if (!(this.#readers[heap[0] as number] as RunReader).next()) {
        const last = heap.pop() as number;
        if (heap.length > 0) heap[0] = last;
      }
      this.#siftDown(0);
    }
    if (heap.length === 0) return false;
    const top = this.#readers[heap[0] as number] as RunReader;
    this.numbers = top.numbers;
    this.at = top.at;
    return true;
  }

  /** Closes every reader (they close themselves once read to the end). */
  close(): void {
    for (const reader of this.#readers) reader.close();
  }

  #less(a: number, b: number): boolean {
    const x = this.#readers[a] as RunReader;
    const y = this.#readers[b] as RunReader;
    const order = this.#compare(x.numbers, x.at, y.numbers, y.at);
    return order < 0 || (order === 0 && a < b);
  }

  #siftDown(start: number): void {
    const heap = this.#heap as number[];
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) return;
      const right = left + 1;
      const child =
        right < heap.length && this.#less(heap[right] as number, heap[left] as number) ? right : left;
      if (!this.#less(heap[child] as number, heap[i] as number)) return;
      [heap[i], heap[child]] = [heap[child] as number, heap[i] as number];
      i = child;
    }
  }
}
