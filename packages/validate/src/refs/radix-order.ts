import { BLOCK_MASK, BLOCK_SHIFT, type RecordBlocks } from "./record-blocks.js";

/**
 * Orders the records held in `records` by the words at `words` (word indexes, most significant first), as
 * unsigned numbers, with a least significant digit radix sort (a byte at a time, least significant word
 * first). Stable: equal records keep their order. Writes indexes in `order` and `spare` (each at least
 * `records.count` long) and returns the one holding the result: no other allocation, and no comparison
 * function called n log n times.
 */
export function radixOrder(
  records: RecordBlocks,
  words: readonly number[],
  order: Uint32Array,
  spare: Uint32Array,
): Uint32Array {
  const { blocks, width, count } = records;
  const counts = new Uint32Array(257);
  let from = order;
  let to = spare;
  for (let i = 0; i < count; i++) from[i] = i;
  for (let w = words.length - 1; w >= 0; w--) {
    const word = words[w] as number;
    for (let shift = 0; shift < 32; shift += 8) {
      counts.fill(0);
      for (let i = 0; i < count; i++) {
        const index = from[i] as number;
        const value = (blocks[index >>> BLOCK_SHIFT] as Uint32Array)[
          (index & BLOCK_MASK) * width + word
        ] as number;
        const digit = (value >>> shift) & 255;
        counts[digit + 1] = (counts[digit + 1] as number) + 1;
      }
      // All records share this byte: the pass would not move anything.
      if (counts.includes(count, 1)) continue;
      for (let d = 1; d < 257; d++) counts[d] = (counts[d] as number) + (counts[d - 1] as number);
      for (let i = 0; i < count; i++) {
        const index = from[i] as number;
        const value = (blocks[index >>> BLOCK_SHIFT] as Uint32Array)[
          (index & BLOCK_MASK) * width + word
        ] as number;
        const digit = (value >>> shift) & 255;
        const place = counts[digit] as number;
        counts[digit] = place + 1;
        to[place] = index;
      }
      [from, to] = [to, from];
    }
  }
  return from.subarray(0, count);
}
