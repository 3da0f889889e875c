/**
 * A growable array of unsigned 32-bit numbers, written front to back and reused: `reset` keeps the storage.
 * Used to pack what one record (or a batch of records) tells the checks across records, so it can cross a
 * thread boundary as one transferable array instead of one object per record.
 */
export class Uint32Buffer {
  #numbers: Uint32Array;
  #length = 0;

  constructor(initialLength = 256) {
    this.#numbers = new Uint32Array(initialLength);
  }

  /** Numbers written so far. */
  get length(): number {
    return this.#length;
  }

  /** The storage; only `[0, length)` is meaningful. */
  get numbers(): Uint32Array {
    return this.#numbers;
  }

  push(value: number): void {
    if (this.#length === this.#numbers.length) this.#grow(this.#length + 1);
    this.#numbers[this.#length++] = value;
  }

  /** Makes room for `count` more numbers and returns the offset where they start; the caller writes them. */
  reserve(count: number): number {
    const at = this.#length;
    if (at + count > this.#numbers.length) this.#grow(at + count);
    this.#length = at + count;
    return at;
  }

  /** A copy of the numbers written, trimmed to their length. */
  toArray(): Uint32Array<ArrayBuffer> {
    return this.#numbers.slice(0, this.#length);
  }

  /**
   * The numbers written, copied to the start of `target` and returned as a view of it when they fit; otherwise
   * a copy of their own (`toArray`).
   */
  copyTo(target: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
    if (target.length < this.#length) return this.toArray();
    target.set(this.#numbers.subarray(0, this.#length));
    return target.subarray(0, this.#length);
  }

  /** Forgets the numbers from `length` on. */
  truncate(length: number): void {
    this.#length = Math.min(length, this.#length);
  }

  reset(): void {
    this.#length = 0;
  }

  #grow(needed: number): void {
    let size = this.#numbers.length * 2;
    while (size < needed) size *= 2;
    const bigger = new Uint32Array(size);
    bigger.set(this.#numbers.subarray(0, this.#length));
    this.#numbers = bigger;
  }
}
