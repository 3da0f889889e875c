import type { Dimension } from "./dimensions.js";

/** One axis of a table: a dimension and its levels; the level after the last is the axis's total. */
export interface Axis {
  readonly dimension: Dimension;
  readonly levels: readonly string[];
}

/**
 * A table of counts with every margin: each axis has its levels plus a total level, so row, column and grand
 * totals are cells like the others. Cells are numbered in row-major order over the axes.
 */
export interface Cube {
  readonly axes: readonly Axis[];
  /** Levels per axis, total included. */
  readonly sizes: readonly number[];
  readonly counts: number[];
}

/** An empty cube (all counts zero) over the axes. */
export function emptyCube(axes: readonly Axis[]): Cube {
  const sizes = axes.map((axis) => axis.levels.length + 1);
  const size = sizes.reduce((product, n) => product * n, 1);
  return { axes, sizes, counts: new Array<number>(size).fill(0) };
}

/** The number of a cell from its level on each axis. */
export function cellIndex(cube: Cube, coords: readonly number[]): number {
  let index = 0;
  for (let axis = 0; axis < cube.sizes.length; axis++)
    index = index * (cube.sizes[axis] ?? 1) + (coords[axis] ?? 0);
  return index;
}

/** The level on each axis of a cell. */
export function cellCoords(cube: Cube, index: number): number[] {
  const coords = new Array<number>(cube.sizes.length);
  let rest = index;
  for (let axis = cube.sizes.length - 1; axis >= 0; axis--) {
    const size = cube.sizes[axis] ?? 1;
    coords[axis] = rest % size;
    rest = Math.floor(rest / size);
  }
  return coords;
}

/** Whether a level of an axis is its total. */
export function isTotalLevel(cube: Cube, axis: number, level: number): boolean {
  return level === (cube.sizes[axis] ?? 1) - 1;
}

/** The cell holding the grand total. */
export function grandTotalIndex(cube: Cube): number {
  return cube.counts.length - 1;
}

/**
 * Every line of the cube: for each axis and each position on the other axes, the cells along that axis, the
 * total last. Published data tie each line together (its total counts the persons in its cells).
 */
export function* lines(cube: Cube): Generator<number[]> {
  const count = cube.counts.length;
  for (let axis = 0; axis < cube.sizes.length; axis++) {
    const size = cube.sizes[axis] ?? 1;
    for (let index = 0; index < count; index++) {
      const coords = cellCoords(cube, index);
      if (coords[axis] !== 0) continue;
      yield Array.from({ length: size }, (_, level) => {
        const at = [...coords];
        at[axis] = level;
        return cellIndex(cube, at);
      });
    }
  }
}
