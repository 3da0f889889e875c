/** A typed array constructor: one of a length, or one over a whole `ArrayBuffer`. */
interface ArrayKind<T> {
  new (length: number): T;
  new (buffer: ArrayBuffer): T;
}

/**
 * Typed arrays of one length kept for reuse. The NDJSON pipeline hands a few arrays per batch between threads;
 * allocating them afresh leaves dead buffers whose memory V8 only frees at a full collection, which on a long
 * input is rare: on the 1 GB benchmark file some 18,000 of them (about 20 MB) were waiting at the peak.
 */
export class ArrayPool<
  T extends Uint8Array<ArrayBuffer> | Int32Array<ArrayBuffer> | Uint32Array<ArrayBuffer>,
> {
  readonly #free: T[] = [];
  readonly #kind: ArrayKind<T>;
  readonly #length: number;
  readonly #max: number;

  /**
   * @param kind the typed array (`Uint32Array`...)
   * @param length elements of each array
   * @param max arrays kept, at most; more are left to the garbage collector
   */
  constructor(kind: ArrayKind<T>, length: number, max: number) {
    this.#kind = kind;
    this.#length = length;
    this.#max = max;
  }

  /** A pooled array, or a new one. Its content is left over from its last use. */
  take(): T {
    return this.#free.pop() ?? new this.#kind(this.#length);
  }

  /** Gives back an array, or a view of one: kept when its buffer is of the pool's length and there is room. */
  give(view: T): void {
    if (this.#free.length >= this.#max) return;
    const whole = new this.#kind(view.buffer);
    if (whole.length === this.#length) this.#free.push(whole);
  }
}
