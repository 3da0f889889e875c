/** Bytes of one slot: a 128-bit key, a one-byte tag and a 32-bit location. */
export const ID_INDEX_SLOT_BYTES = 16 + 1 + 4;

const MAX_LOAD = 0.7;

/**
 * A compact set of 128-bit ids (packed UUIDs) with a small tag (the record type, 1-255) and the location where
 * each id was first seen. Open addressing with linear probing over typed arrays: 21 bytes per slot, no object
 * per id, so a million ids take tens of megabytes instead of the hundreds a `Map` of strings would.
 */
export class IdIndex {
  #keys: Uint32Array;
  #tags: Uint8Array;
  #where: Uint32Array;
  #mask: number;
  #size = 0;

  constructor(initialCapacity = 1024) {
    let capacity = 16;
    while (capacity * MAX_LOAD < initialCapacity) capacity *= 2;
    this.#keys = new Uint32Array(capacity * 4);
    this.#tags = new Uint8Array(capacity);
    this.#where = new Uint32Array(capacity);
    this.#mask = capacity - 1;
  }

  /** Number of ids held. */
  get size(): number {
    return this.#size;
  }

  /** Bytes held by the table's arrays. */
  get byteLength(): number {
    return this.#keys.byteLength + this.#tags.byteLength + this.#where.byteLength;
  }

  /** Whether one more new key doubles the table (the old and new arrays then coexist for a moment). */
  get full(): boolean {
    return this.#size + 1 > (this.#mask + 1) * MAX_LOAD;
  }

  /** Calls `visit` with each entry, in no particular order: its key at `keys[at..at+3]`, tag and location. */
  forEach(visit: (keys: Uint32Array, at: number, tag: number, where: number) => void): void {
    const tags = this.#tags;
    for (let slot = 0; slot < tags.length; slot++) {
      const tag = tags[slot] as number;
      if (tag !== 0) visit(this.#keys, slot * 4, tag, this.#where[slot] as number);
    }
  }

  /**
   * Adds the key `key[at..at+3]` with a tag (1-255) and a location. Returns -1 when the key is new, or the slot
   * of the entry already holding it (read it with `tagAt` / `whereAt`).
   */
  add(key: Uint32Array, at: number, tag: number, where: number): number {
    const found = this.find(key, at);
    if (found >= 0) return found;
    if (this.#size + 1 > (this.#mask + 1) * MAX_LOAD) this.#grow();
    const slot = this.#emptySlot(
      key[at] as number,
      key[at + 1] as number,
      key[at + 2] as number,
      key[at + 3] as number,
    );
    this.#put(
      slot,
      key[at] as number,
      key[at + 1] as number,
      key[at + 2] as number,
      key[at + 3] as number,
      tag,
      where,
    );
    this.#size++;
    return -1;
  }

  /** The slot holding the key `key[at..at+3]`, or -1. */
  find(key: Uint32Array, at: number): number {
    const k0 = key[at] as number;
    const k1 = key[at + 1] as number;
    const k2 = key[at + 2] as number;
    const k3 = key[at + 3] as number;
    const keys = this.#keys;
    const tags = this.#tags;
    const mask = this.#mask;
    for (let slot = hash(k0, k1, k2, k3) & mask; ; slot = (slot + 1) & mask) {
      if (tags[slot] === 0) return -1;
      const base = slot * 4;
      if (keys[base] === k0 && keys[base + 1] === k1 && keys[base + 2] === k2 && keys[base + 3] === k3)
        return slot;
    }
  }

  /** The tag stored in a slot returned by `add` or `find`. */
  tagAt(slot: number): number {
    return this.#tags[slot] as number;
  }

  /** The location stored in a slot returned by `add` or `find`. */
  whereAt(slot: number): number {
    return this.#where[slot] as number;
  }

  #emptySlot(k0: number, k1: number, k2: number, k3: number): number {
    const mask = this.#mask;
    let slot = hash(k0, k1, k2, k3) & mask;
    while (this.#tags[slot] !== 0) slot = (slot + 1) & mask;
    return slot;
  }

  #put(slot: number, k0: number, k1: number, k2: number, k3: number, tag: number, where: number): void {
    const base = slot * 4;
    this.#keys[base] = k0;
    this.#keys[base + 1] = k1;
    this.#keys[base + 2] = k2;
    this.#keys[base + 3] = k3;
    this.#tags[slot] = tag;
    this.#where[slot] = where;
  }

  #grow(): void {
    const keys = this.#keys;
    const tags = this.#tags;
    const where = this.#where;
    const capacity = (this.#mask + 1) * 2;
    this.#keys = new Uint32Array(capacity * 4);
    this.#tags = new Uint8Array(capacity);
    this.#where = new Uint32Array(capacity);
    this.#mask = capacity - 1;
    for (let slot = 0; slot < tags.length; slot++) {
      const tag = tags[slot] as number;
      if (tag === 0) continue;
      const base = slot * 4;
      const k0 = keys[base] as number;
      const k1 = keys[base + 1] as number;
      const k2 = keys[base + 2] as number;
      const k3 = keys[base + 3] as number;
      this.#put(this.#emptySlot(k0, k1, k2, k3), k0, k1, k2, k3, tag, where[slot] as number);
    }
  }
}

/** Mixes the four numbers (UUIDv7 and v1 keep a timestamp in their first bits, so no number alone is random). */
function hash(k0: number, k1: number, k2: number, k3: number): number {
  let h = k0 ^ Math.imul(k1, 0x9e3779b1) ^ Math.imul(k2, 0x85ebca6b) ^ Math.imul(k3, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  return h ^ (h >>> 16);
}
