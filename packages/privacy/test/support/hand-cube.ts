import { type Cube, cellIndex, emptyCube } from "../../src/aggregate/cube.js";

/** A two-way cube from its inner counts, with row, column and grand totals added (sums: one value per person). */
export function cubeFromRows(rows: readonly (readonly number[])[]): Cube {
  const columns = rows[0]?.length ?? 0;
  const cube = emptyCube([
    { dimension: "sex", levels: rows.map((_, index) => `r${index}`) },
    { dimension: "year", levels: Array.from({ length: columns }, (_, index) => `c${index}`) },
  ]);
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      for (const [i, j] of [
        [r, c],
        [r, columns],
        [rows.length, c],
        [rows.length, columns],
      ] as const) {
        const index = cellIndex(cube, [i, j]);
        cube.counts[index] = (cube.counts[index] ?? 0) + value;
      }
    });
  });
  return cube;
}

/** The index of an inner or margin cell of a two-way cube. */
export function at(cube: Cube, row: number, column: number): number {
  return cellIndex(cube, [row, column]);
}
