import type { Cube } from "../../src/aggregate/cube.js";
import { equationsOf } from "./equations.js";

const P = 1_000_003;

const mod = (value: number) => ((value % P) + P) % P;

function inverse(value: number): number {
  let [a, b, x0, x1] = [mod(value), P, 1, 0];
  while (b !== 0) {
    const q = Math.floor(a / b);
    [a, b] = [b, a - q * b];
    [x0, x1] = [x1, x0 - q * x1];
  }
  return mod(x0);
}

/**
 * The hidden cells the published lines determine exactly by linear algebra (ignoring that counts are whole and
 * not negative): a cell is determined when its unit vector lies in the row space of the equations. Row
 * reduction over a large prime field, which agrees with the rationals for these small integer systems.
 */
export function linearlyDetermined(cube: Cube, hidden: ReadonlySet<number>): number[] {
  const unknowns = [...hidden];
  const column = new Map(unknowns.map((cell, index) => [cell, index]));
  const rows = equationsOf(cube, hidden).map((equation) => {
    const row = new Array<number>(unknowns.length).fill(0);
    equation.cells.forEach((cell, index) => {
      const at = column.get(cell) as number;
      row[at] = mod((row[at] ?? 0) + (equation.coefficients[index] ?? 0));
    });
    return row;
  });
  const pivots: { column: number; row: number[] }[] = [];
  for (const original of rows) {
    const row = reduce(original, pivots);
    const lead = row.findIndex((value) => value !== 0);
    if (lead < 0) continue;
    const scale = inverse(row[lead] as number);
    const normalised = row.map((value) => mod(value * scale));
    for (const pivot of pivots) {
      const factor = pivot.row[lead] ?? 0;
      if (factor !== 0)
        pivot.row = pivot.row.map((value, index) => mod(value - factor * (normalised[index] ?? 0)));
    }
    pivots.push({ column: lead, row: normalised });
  }
  return unknowns.filter((_, index) => {
    const unit = new Array<number>(unknowns.length).fill(0);
    unit[index] = 1;
    return reduce(unit, pivots).every((value) => value === 0);
  });
}

function reduce(original: readonly number[], pivots: readonly { column: number; row: number[] }[]): number[] {
  let row = [...original];
  for (const pivot of pivots) {
    const factor = row[pivot.column] ?? 0;
    if (factor !== 0) row = row.map((value, index) => mod(value - factor * (pivot.row[index] ?? 0)));
  }
  return row;
}
