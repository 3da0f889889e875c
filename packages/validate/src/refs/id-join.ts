import type { SortedCursor } from "./run-merge.js";

/** Numbers of an id entry: the 128-bit id, record index, record type tag, location (line or record index). */
export const ID_WIDTH = 7;
export const ID_RECORD = 4;
export const ID_TAG = 5;
export const ID_WHERE = 6;

/** Numbers of a waiting reference: the 128-bit id, record index, field (field << 24 | array index), line. */
export const REF_WIDTH = 7;
export const REF_RECORD = 4;
export const REF_FIELD = 5;
export const REF_LINE = 6;

/** What the join finds, one call per id met again and per reference. */
export interface JoinVisitor {
  /** A later entry of an id (`numbers[at..]`), with the location of the first record that had it. */
  duplicate(numbers: Uint32Array, at: number, firstWhere: number): void;
  /** A reference (`numbers[at..]`) with the tag of the first record holding its id; 0 when none does. */
  reference(numbers: Uint32Array, at: number, firstTag: number): void;
}

/**
 * Walks id entries and waiting references, both sorted by id then record index, side by side: the first entry
 * of each id is the first record that had it, the entries after it are duplicates, and each reference meets
 * the id it names (or learns that no record has it) without any lookup table.
 */
export function joinIds(ids: SortedCursor, refs: SortedCursor, visitor: JoinVisitor): void {
  const key = new Uint32Array(4);
  let hasId = ids.next();
  let hasRef = refs.next();
  while (hasId || hasRef) {
    if (!hasId || (hasRef && compareKeys(refs.numbers, refs.at, ids.numbers, ids.at) < 0)) {
      visitor.reference(refs.numbers, refs.at, 0);
      hasRef = refs.next();
      continue;
    }
    for (let i = 0; i < 4; i++) key[i] = ids.numbers[ids.at + i] as number;
    const firstTag = ids.numbers[ids.at + ID_TAG] as number;
    const firstWhere = ids.numbers[ids.at + ID_WHERE] as number;
    hasId = ids.next();
    while (hasId && compareKeys(ids.numbers, ids.at, key, 0) === 0) {
      visitor.duplicate(ids.numbers, ids.at, firstWhere);
      hasId = ids.next();
    }
    while (hasRef && compareKeys(refs.numbers, refs.at, key, 0) === 0) {
      visitor.reference(refs.numbers, refs.at, firstTag);
      hasRef = refs.next();
    }
  }
}

/** Orders two 128-bit ids as unsigned numbers. */
export function compareKeys(a: Uint32Array, aAt: number, b: Uint32Array, bAt: number): number {
  for (let i = 0; i < 4; i++) {
    const x = a[aAt + i] as number;
    const y = b[bAt + i] as number;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
