import { type Cube, isTotalLevel, lines } from "../../src/aggregate/cube.js";

/** One published relation between hidden cells: sum of coefficient x hidden value = rhs. */
export interface Equation {
  readonly cells: readonly number[];
  readonly coefficients: readonly number[];
  readonly rhs: number;
}

/**
 * What an attacker knows: every line of the table ties its cells to its total. Totals count persons once, so a
 * line's cells may sum to more than its total; the attacker is granted the exact difference (the strongest
 * attacker), which makes every line an equation: sum(cells) - total = difference. Published values are moved to
 * the right-hand side; only equations with a hidden cell are kept.
 */
export function equationsOf(cube: Cube, hidden: ReadonlySet<number>): Equation[] {
  const equations: Equation[] = [];
  for (const line of lines(cube)) {
    const total = line.length - 1;
    const cells: number[] = [];
    const coefficients: number[] = [];
    line.forEach((cell, level) => {
      if (!hidden.has(cell)) return;
      cells.push(cell);
      coefficients.push(level === total ? -1 : 1);
    });
    // difference - published part = the hidden part of the true sum.
    const rhs = cells.reduce(
      (sum, cell, index) => sum + (coefficients[index] ?? 0) * (cube.counts[cell] ?? 0),
      0,
    );
    if (cells.length > 0) equations.push({ cells, coefficients, rhs });
  }
  return equations;
}

/** Whether a level index is a total, re-exported for tests that build cubes by hand. */
export { isTotalLevel };
