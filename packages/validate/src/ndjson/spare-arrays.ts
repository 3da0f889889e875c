/** A typed array type that can be rebuilt over a whole `ArrayBuffer`. */
type Whole<T> = (buffer: ArrayBuffer) => T;

/**
 * Typed arrays of one length kept for reuse. The NDJSON pipeline hands a few arrays per batch between threads;
 * allocating them afresh leaves dead buffers whose memory V8 only frees at a full collection, which on a long
 * input is rare: on the 1 GB benchmark file some 18,000 of them (about 20 MB) were waiting at the peak.
 */
export class SpareArrays<
  T extends Uint8Array<ArrayBuffer> | Int32Array<ArrayBuffer> | Uint32Array<ArrayBuffer>,
> {
  readonly #spare: T[] = [];
  readonly #length: number;
  readonly #make: (length: number) => T;
  readonly #whole: Whole<T>;
  readonly #max: number;

  /**
   * @param length elements of each array
   * @param make makes an array of `length` elements
   * @param whole the array over all of a buffer (to take back a view of one)
   * @param max arrays kept, at most; more are left to the garbage collector
   */
  constructor(length: number, make: (length: number) => T, whole: Whole<T>, max: number) {
    this.#length = length;
    this.#make = make;
    this.#whole = whole;
    this.#max = max;
  }

  /** A spare array, or a new one. Its content is left over from its last use. */
  take(): T {
    return this.#spare.pop() ?? this.#make(this.#length);
  }

  /** Gives back an array, or a view of one: kept when its buffer is of the pool's length and there is room. */
  give(view: T): void {
    if (this.#spare.length >= this.#max) return;
    const whole = this.#whole(view.buffer);
    if (whole.length === this.#length) this.#spare.push(whole);
  }
}
