/**
 * Which records of an input ended up valid: one bit per record (125 KB per million), set when a record is
 * counted valid and cleared when a check across records finds it invalid at the end.
 */
export class ValidRecords {
  #bits = new Uint8Array(1024);

  /** Notes that the record at `recordIndex` (from 0) was counted valid. */
  mark(recordIndex: number): void {
    const byte = recordIndex >>> 3;
    if (byte >= this.#bits.length) {
      let length = this.#bits.length * 2;
      while (length <= byte) length *= 2;
      const bigger = new Uint8Array(length);
      bigger.set(this.#bits);
      this.#bits = bigger;
    }
    this.#bits[byte] = (this.#bits[byte] as number) | (1 << (recordIndex & 7));
  }

  /** Notes that the record at `recordIndex` is invalid after all. */
  unmark(recordIndex: number): void {
    const byte = recordIndex >>> 3;
    if (byte < this.#bits.length) this.#bits[byte] = (this.#bits[byte] as number) & ~(1 << (recordIndex & 7));
  }

  /** Whether the record at `recordIndex` is valid. */
  has(recordIndex: number): boolean {
    const byte = recordIndex >>> 3;
    return byte < this.#bits.length && ((this.#bits[byte] as number) & (1 << (recordIndex & 7))) !== 0;
  }
}
