/** Records per block (a power of two): a block of 7-number records is 28 KiB. */
export const BLOCK_SHIFT = 10;
const PER_BLOCK = 1 << BLOCK_SHIFT;
export const BLOCK_MASK = PER_BLOCK - 1;

/**
 * Fixed-width records of 32-bit numbers in blocks of 1024 records: growing allocates one more block and never
 * copies or doubles what is held, and clearing keeps the blocks for the next records. Record `i` is at
 * `blocks[i >>> BLOCK_SHIFT]`, offset `(i & BLOCK_MASK) * width`.
 */
export class RecordBlocks {
  readonly width: number;
  readonly blocks: Uint32Array[] = [];
  readonly #capacity: number;
  #count = 0;

  /** `capacity`: most records held. */
  constructor(width: number, capacity: number) {
    this.width = width;
    this.#capacity = capacity;
  }

  get count(): number {
    return this.#count;
  }

  get full(): boolean {
    return this.#count >= this.#capacity;
  }

  get byteLength(): number {
    return this.blocks.reduce((sum, block) => sum + block.byteLength, 0);
  }

  /** Appends the record `numbers[at .. at + width)`; the caller checks `full` first. */
  push(numbers: Uint32Array, at: number): void {
    const index = this.#count;
    const width = this.width;
    const b = index >>> BLOCK_SHIFT;
    if (b === this.blocks.length) {
      this.blocks.push(new Uint32Array(Math.min(PER_BLOCK, this.#capacity - index) * width));
    }
    const block = this.blocks[b] as Uint32Array;
    const offset = (index & BLOCK_MASK) * width;
    for (let i = 0; i < width; i++) block[offset + i] = numbers[at + i] as number;
    this.#count = index + 1;
  }

  /** The block holding record `index`. */
  blockOf(index: number): Uint32Array {
    return this.blocks[index >>> BLOCK_SHIFT] as Uint32Array;
  }

  /** Where record `index` starts in its block. */
  offsetOf(index: number): number {
    return (index & BLOCK_MASK) * this.width;
  }

  /** Forgets the records, keeping the blocks. */
  clear(): void {
    this.#count = 0;
  }

  /** Forgets the records and lets the blocks go. */
  release(): void {
    this.blocks.length = 0;
    this.#count = 0;
  }
}
