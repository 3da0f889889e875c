import type { Random, Weighted } from "../random/random.js";

/** Up to `count` distinct values of a weighted table, most likely first drawn first. */
export function drawDistinct<T>(random: Random, table: readonly Weighted<T>[], count: number): T[] {
  const left = [...table];
  const out: T[] = [];
  while (out.length < count && left.length > 0) {
    const value = random.weighted(left);
    out.push(value);
    left.splice(
      left.findIndex(([candidate]) => candidate === value),
      1,
    );
  }
  return out;
}

/** An integer in a `[min, max]` range drawn from a weighted table of ranges. */
export function drawInRange(random: Random, table: readonly Weighted<readonly [number, number]>[]): number {
  const [min, max] = random.weighted(table);
  return random.int(min, max);
}

/**
 * The band code (`"0-12"`, `"13-24"`, `"25+"`) of a code list that holds a value; bounds are read from the
 * codes themselves so the list stays the only source.
 */
export function bandOf<C extends string>(codes: readonly C[], value: number): C | undefined {
  return codes.find((code) => {
    const closed = /^(\d+)-(\d+)$/.exec(code);
    if (closed) return value >= Number(closed[1]) && value <= Number(closed[2]);
    const open = /^(\d+)\+$/.exec(code);
    return open !== null && value >= Number(open[1]);
  });
}
