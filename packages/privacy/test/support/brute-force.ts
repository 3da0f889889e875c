import type { Cube } from "../../src/aggregate/cube.js";
import { type Equation, equationsOf } from "./equations.js";

/** Search steps allowed per cell before giving up (the test then fails: it could not decide). */
const BUDGET = 2_000_000;

/**
 * Tries to recompute a hidden cell from the published table: searches, by brute force with propagation, for
 * integer values >= 0 of all hidden cells that satisfy every published line, with the target cell fixed to each
 * possible value in turn (nearest the truth first). Returns the feasible values found, stopping at `enough`.
 * A cell with a single feasible value is disclosed.
 */
export function feasibleValues(
  cube: Cube,
  hidden: ReadonlySet<number>,
  target: number,
  enough = 2,
): number[] {
  const equations = equationsOf(cube, hidden);
  const component = componentOf(target, equations);
  const relevant = equations.filter((equation) => equation.cells.some((cell) => component.has(cell)));
  const upper = cube.counts[cube.counts.length - 1] ?? 0;
  const truth = cube.counts[target] ?? 0;
  const order = Array.from({ length: upper + 1 }, (_, value) => value).sort(
    (a, b) => Math.abs(a - truth) - Math.abs(b - truth) || a - b,
  );
  const found: number[] = [];
  for (const value of order) {
    const budget = { left: BUDGET };
    const result = solve(new Map([[target, value]]), relevant, [...component], upper, budget, cube);
    if (budget.left <= 0) throw new Error(`Brute force ran out of budget on cell ${target}`);
    if (result) found.push(value);
    if (found.length >= enough) break;
  }
  return found;
}

function componentOf(start: number, equations: readonly Equation[]): Set<number> {
  const component = new Set([start]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const equation of equations) {
      if (!equation.cells.some((cell) => component.has(cell))) continue;
      for (const cell of equation.cells) {
        if (!component.has(cell)) {
          component.add(cell);
          grew = true;
        }
      }
    }
  }
  return component;
}

function propagate(assigned: Map<number, number>, equations: readonly Equation[], upper: number): boolean {
  let changed = true;
  while (changed) {
    changed = false;
    for (const equation of equations) {
      let sum = 0;
      let open = -1;
      let opens = 0;
      equation.cells.forEach((cell, index) => {
        const value = assigned.get(cell);
        if (value === undefined) {
          opens++;
          open = index;
        } else sum += (equation.coefficients[index] ?? 0) * value;
      });
      if (opens === 0 && sum !== equation.rhs) return false;
      if (opens === 1) {
        const coefficient = equation.coefficients[open] ?? 1;
        const value = (equation.rhs - sum) / coefficient;
        if (!Number.isInteger(value) || value < 0 || value > upper) return false;
        assigned.set(equation.cells[open] as number, value);
        changed = true;
      }
    }
  }
  return true;
}

function solve(
  assigned: Map<number, number>,
  equations: readonly Equation[],
  unknowns: readonly number[],
  upper: number,
  budget: { left: number },
  cube: Cube,
): boolean {
  if (--budget.left <= 0) return false;
  const state = new Map(assigned);
  if (!propagate(state, equations, upper)) return false;
  const next = unknowns.find((cell) => !state.has(cell));
  if (next === undefined) return true;
  // Trying values near the truth first only makes the search faster; every value is still tried.
  const truth = cube.counts[next] ?? 0;
  const values = Array.from({ length: upper + 1 }, (_, value) => value).sort(
    (a, b) => Math.abs(a - truth) - Math.abs(b - truth) || a - b,
  );
  for (const value of values) {
    if (solve(new Map([...state, [next, value]]), equations, unknowns, upper, budget, cube)) return true;
    if (budget.left <= 0) return false;
  }
  return false;
}
