import { BLOCK_MASK, BLOCK_SHIFT, type RecordBlocks } from "./record-blocks.js";

/** Scratch of a sort: the order, a second order to copy into, and the number being sorted on for each, `count` long each. */
export interface RadixScratch {
  readonly order: Uint32Array;
  readonly other: Uint32Array;
  readonly keys: Uint32Array;
  readonly otherKeys: Uint32Array;
}

/** Below this many records, 8-bit digits: the 65,536 counters of a 16-bit digit would cost more. */
const WIDE_DIGITS_FROM = 16_384;
let wideCounts: Uint32Array | undefined;
const narrowCounts = new Uint32Array(257);

/**
 * Orders the records held in `records` by the numbers at `numbers` (column indexes, most significant first), as
 * unsigned numbers, with a least significant digit radix sort: least significant column first, each one copied
 * once into a contiguous array in the current order, then sorted by 8- or 16-bit digits. Stable: equal
 * records keep their order. Returns the indexes in order, in `scratch.order` or `scratch.other`.
 * With `radixColumns` set to 1, only the first column is radix sorted; records equal on it are then put in order
 * by the other columns one run at a time. The order is the same; for keys spread evenly (UUIDs) such runs are
 * rare, or hold records equal on every column, and three quarters of the passes over every record are saved.
 */
export function radixOrder(
  records: RecordBlocks,
  numbers: readonly number[],
  scratch: RadixScratch,
  radixColumns = numbers.length,
): Uint32Array {
  const { blocks, width, count } = records;
  const wide = count >= WIDE_DIGITS_FROM;
  const bits = wide ? 16 : 8;
  const mask = (1 << bits) - 1;
  if (wide) wideCounts ??= new Uint32Array(65_537);
  const counts = wide ? (wideCounts as Uint32Array) : narrowCounts;
  let from = scratch.order;
  let to = scratch.other;
  let keys = scratch.keys;
  let toKeys = scratch.otherKeys;
  for (let i = 0; i < count; i++) from[i] = i;
  const sortedOn = Math.min(numbers.length, Math.max(1, radixColumns));
  for (let w = sortedOn - 1; w >= 0; w--) {
    const column = numbers[w] as number;
    for (let i = 0; i < count; i++) {
      const index = from[i] as number;
      keys[i] = (blocks[index >>> BLOCK_SHIFT] as Uint32Array)[
        (index & BLOCK_MASK) * width + column
      ] as number;
    }
    for (let shift = 0; shift < 32; shift += bits) {
      counts.fill(0);
      for (let i = 0; i < count; i++) {
        const digit = (((keys[i] as number) >>> shift) & mask) + 1;
        counts[digit] = (counts[digit] as number) + 1;
      }
      // All records share this digit: the pass would not move anything.
      if (counts.includes(count, 1)) continue;
      for (let d = 1; d < counts.length; d++) counts[d] = (counts[d] as number) + (counts[d - 1] as number);
      for (let i = 0; i < count; i++) {
        const key = keys[i] as number;
        const digit = (key >>> shift) & mask;
        const place = counts[digit] as number;
        counts[digit] = place + 1;
        to[place] = from[i] as number;
        toKeys[place] = key;
      }
      [from, to] = [to, from];
      [keys, toKeys] = [toKeys, keys];
    }
  }
  const order = from.subarray(0, count);
  // After the passes `keys` holds the first column, in the order of `order`.
  if (sortedOn < numbers.length) orderRuns(records, numbers, sortedOn, order, keys);
  return order;
}

/**
 * Puts in order each run of records equal on the first column (`keys` holds it, in the order of `order`), by
 * the other columns and then by index: the radix passes kept equal records in index order, which is the order a
 * full sort keeps them in. A run already in order (records equal on every column, the usual case) is left as is.
 */
function orderRuns(
  records: RecordBlocks,
  numbers: readonly number[],
  sortedOn: number,
  order: Uint32Array,
  keys: Uint32Array,
): void {
  const { blocks, width } = records;
  const compare = (a: number, b: number): number => {
    const blockA = blocks[a >>> BLOCK_SHIFT] as Uint32Array;
    const blockB = blocks[b >>> BLOCK_SHIFT] as Uint32Array;
    const atA = (a & BLOCK_MASK) * width;
    const atB = (b & BLOCK_MASK) * width;
    for (let w = sortedOn; w < numbers.length; w++) {
      const column = numbers[w] as number;
      const x = blockA[atA + column] as number;
      const y = blockB[atB + column] as number;
      if (x !== y) return x < y ? -1 : 1;
    }
    return a - b;
  };
  const count = order.length;
  let start = 0;
  while (start < count) {
    const key = keys[start];
    let end = start + 1;
    while (end < count && keys[end] === key) end++;
    if (end - start > 1) {
      let sorted = true;
      for (let i = start + 1; i < end && sorted; i++)
        sorted = compare(order[i - 1] as number, order[i] as number) < 0;
      if (!sorted) order.subarray(start, end).sort(compare);
    }
    start = end;
  }
}
