const BLOCK_BITS = 14;
const BLOCK = 1 << BLOCK_BITS;
const MASK = BLOCK - 1;

/**
 * A growable list of unsigned 32-bit integers in fixed blocks of 64 KiB: no object per element, and growing
 * never copies or doubles what is already held.
 */
export class U32List {
  readonly #blocks: Uint32Array[] = [];
  #length = 0;

  get length(): number {
    return this.#length;
  }

  /** Bytes held by the blocks. */
  get byteLength(): number {
    return this.#blocks.length * BLOCK * 4;
  }

  push(value: number): void {
    const offset = this.#length & MASK;
    if (offset === 0) this.#blocks.push(new Uint32Array(BLOCK));
    (this.#blocks[this.#blocks.length - 1] as Uint32Array)[offset] = value;
    this.#length++;
  }

  get(index: number): number {
    return (this.#blocks[index >>> BLOCK_BITS] as Uint32Array)[index & MASK] as number;
  }
}
