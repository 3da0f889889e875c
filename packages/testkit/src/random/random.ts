import { hashSeed } from "./seed-hash.js";

/** A seed: the same seed always gives the same sequence. */
export type Seed = number | string;

/** A value with its relative weight, for `Random.weighted`. */
export type Weighted<T> = readonly [value: T, weight: number];

/**
 * A small seeded pseudo-random generator (sfc32: 128-bit state, passes PractRand; not cryptographic).
 * Synthetic data must be reproducible, so nothing here reads a clock or `Math.random`.
 */
export class Random {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(seed: Seed) {
    [this.#a, this.#b, this.#c, this.#d] = hashSeed(String(seed));
    for (let i = 0; i < 15; i++) this.uint32();
  }

  /** A uniformly distributed unsigned 32-bit integer. */
  uint32(): number {
    this.#a >>>= 0;
    this.#b >>>= 0;
    this.#c >>>= 0;
    this.#d >>>= 0;
    let t = (this.#a + this.#b) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#d = (this.#d + 1) | 0;
    t = (t + this.#d) | 0;
    this.#c = (this.#c + t) | 0;
    return t >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One item of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("Random.pick: empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One value of a table, with probability proportional to its weight. */
  weighted<T>(table: readonly Weighted<T>[]): T {
    const total = table.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of table) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = table.at(-1);
    if (last === undefined) throw new RangeError("Random.weighted: empty table");
    return last[0];
  }

  /** `count` distinct items of a list, in list order (fewer when the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[] {
    const indexes = items.map((_, index) => index);
    for (let i = indexes.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [indexes[i], indexes[j]] = [indexes[j] as number, indexes[i] as number];
    }
    return indexes
      .slice(0, Math.max(0, count))
      .sort((a, b) => a - b)
      .map((index) => items[index] as T);
  }

  /** A version-4 (random) RFC 9562 UUID built from this generator, so ids are reproducible too. */
  uuid(): string {
    const hex = [this.uint32(), this.uint32(), this.uint32(), this.uint32()]
      .map((word) => word.toString(16).padStart(8, "0"))
      .join("");
    const variant = "89ab"[Number.parseInt(hex[16] as string, 16) & 3];
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}
