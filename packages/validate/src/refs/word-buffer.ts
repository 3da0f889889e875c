/**
 * A growable array of unsigned 32-bit words, written front to back and reused: `reset` keeps the storage.
 * Used to pack what one record (or a batch of records) tells the checks across records, so it can cross a
 * thread boundary as one transferable array instead of one object per record.
 */
export class WordBuffer {
  #words: Uint32Array;
  #length = 0;

  constructor(initialWords = 256) {
    this.#words = new Uint32Array(initialWords);
  }

  /** Words written so far. */
  get length(): number {
    return this.#length;
  }

  /** The storage; only `[0, length)` is meaningful. */
  get words(): Uint32Array {
    return this.#words;
  }

  push(word: number): void {
    if (this.#length === this.#words.length) this.#grow(this.#length + 1);
    this.#words[this.#length++] = word;
  }

  /** Makes room for `count` more words and returns the offset where they start; the caller writes them. */
  reserve(count: number): number {
    const at = this.#length;
    if (at + count > this.#words.length) this.#grow(at + count);
    this.#length = at + count;
    return at;
  }

  /** A copy of the words written, trimmed to their length. */
  toArray(): Uint32Array<ArrayBuffer> {
    return this.#words.slice(0, this.#length);
  }

  /**
   * The words written, copied to the start of `target` and returned as a view of it when they fit; otherwise
   * a copy of their own (`toArray`).
   */
  copyTo(target: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
    if (target.length < this.#length) return this.toArray();
    target.set(this.#words.subarray(0, this.#length));
    return target.subarray(0, this.#length);
  }

  /** Forgets the words from `length` on. */
  truncate(length: number): void {
    this.#length = Math.min(length, this.#length);
  }

  reset(): void {
    this.#length = 0;
  }

  #grow(needed: number): void {
    let size = this.#words.length * 2;
    while (size < needed) size *= 2;
    const bigger = new Uint32Array(size);
    bigger.set(this.#words.subarray(0, this.#length));
    this.#words = bigger;
  }
}
