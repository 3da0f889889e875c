import { Buffer } from "node:buffer";

/** Objects with more keys than this track them in a Map instead of comparing with each earlier key. */
const LINEAR_KEYS = 16;

/** A key found twice in one object: its text and the offset of its second occurrence (after the quote). */
export interface DuplicateKey {
  readonly key: string;
  readonly offset: number;
}

/**
 * Finds a key that appears twice in the same object of a JSON text, which `JSON.parse` silently resolves to
 * the last value (other parsers keep the first: the same file means two things). A light byte scanner, no
 * parse tree: keys are compared by two 32-bit hashes of their raw bytes, so `"a"` and `"\u0061"` are not seen
 * as the same key. Iterative; malformed text gives no answer rather than an error.
 */
export function findDuplicateKey(bytes: Uint8Array, start: number, end: number): DuplicateKey | undefined {
  const kinds: number[] = [];
  const bases: number[] = [];
  const maps: (Map<number, number> | undefined)[] = [];
  const hashesA: number[] = [];
  const hashesB: number[] = [];
  // Hashes in use (the keys of the objects still open): the arrays are not truncated when an object closes, as
  // setting an array's length is a call into the runtime, slow while the code is still cold.
  let used = 0;
  let expectKey = false;
  let i = start;
  while (i < end) {
    const c = bytes[i] as number;
    if (c === 0x22) {
      i++;
      if (!expectKey) {
        while (i < end) {
          const d = bytes[i] as number;
          if (d === 0x22) break;
          i += d === 0x5c ? 2 : 1;
        }
        i++;
        continue;
      }
      const keyStart = i;
      let a = 0x811c9dc5;
      let b = 0x9747b28c;
      while (i < end) {
        const d = bytes[i] as number;
        if (d === 0x22) break;
        if (d === 0x5c && i + 1 < end) {
          a = Math.imul(a ^ d, 0x01000193);
          b = Math.imul(b ^ d, 0x5bd1e995) ^ (b >>> 13);
          i++;
        }
        const e = bytes[i] as number;
        a = Math.imul(a ^ e, 0x01000193);
        b = Math.imul(b ^ e, 0x5bd1e995) ^ (b >>> 13);
        i++;
      }
      const keyEnd = i;
      i++;
      expectKey = false;
      const depth = kinds.length - 1;
      const base = bases[depth] as number;
      let map = maps[depth];
      if (map === undefined) {
        for (let k = base; k < used; k++) {
          if (hashesA[k] === a && hashesB[k] === b)
            return { key: keyText(bytes, keyStart, keyEnd), offset: keyStart };
        }
        hashesA[used] = a;
        hashesB[used] = b;
        used++;
        if (used - base > LINEAR_KEYS) {
          map = new Map();
          for (let k = base; k < used; k++) map.set(hashesA[k] as number, hashesB[k] as number);
          maps[depth] = map;
        }
      } else {
        if (map.get(a) === b) return { key: keyText(bytes, keyStart, keyEnd), offset: keyStart };
        if (!map.has(a)) map.set(a, b);
      }
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      kinds.push(c === 0x7b ? 1 : 2);
      bases.push(used);
      maps.push(undefined);
      expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      const base = bases.pop();
      if (base === undefined) return undefined;
      kinds.pop();
      maps.pop();
      used = base;
      expectKey = false;
    } else if (c === 0x2c) expectKey = kinds[kinds.length - 1] === 1;
    i++;
  }
  return undefined;
}

function keyText(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("utf8");
}
