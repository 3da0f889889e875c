import type { Cube } from "./cube.js";

/** The smallest count published when `minCell` is not given. */
export const DEFAULT_MIN_CELL = 5;

/** Checks a minCell and returns it, default 5. */
export function resolveMinCell(minCell: number | undefined): number {
  const value = minCell ?? DEFAULT_MIN_CELL;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`minCell must be a whole number >= 1, got ${value}`);
  }
  return value;
}

/**
 * Primary suppression: every cell, margins included, counting at least one and fewer than `minCell` persons.
 * Zero cells are published: they describe no one.
 */
export function primarySuppression(cube: Cube, minCell: number): Set<number> {
  const cells = new Set<number>();
  cube.counts.forEach((count, index) => {
    if (count > 0 && count < minCell) cells.add(index);
  });
  return cells;
}
