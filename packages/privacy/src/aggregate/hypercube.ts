import { type Cube, cellCoords, cellIndex, isTotalLevel } from "./cube.js";

/** A candidate set of cells to suppress together around one cell, with what it would cost. */
interface Hypercube {
  readonly corners: readonly number[];
  /** Whether the corners can move both up and down by one (else in one direction only). */
  readonly twoSided: boolean;
  /** Persons in corners not yet suppressed: what publishing loses. */
  readonly cost: number;
  readonly added: number;
}

/** Candidates looked at per cell before the partner levels are thinned out. */
const MAX_CANDIDATES = 20_000;

/**
 * Secondary suppression by the hypercube method (the idea behind GHMITER, Repsilber; Giessing). Each primary
 * cell not yet protected is made the corner of a hypercube: one partner level is chosen on every axis, and
 * all 2^n cells combining the cell's own levels with the partners are suppressed. Moving every corner by +1 or
 * -1, with a sign that flips between two inner levels of a line and stays between a level and the line's
 * total, keeps every row, column and grand total as published; so as long as the corners that would go down
 * are not zero, the table with the moved values fits the published data as well as the true one, and no
 * corner can be worked out from the totals, whatever combination of lines is used. The hypercube is chosen
 * to move both ways if possible, then at the least cost (persons newly hidden); margin cells are corners
 * only when cheaper.
 */
export function secondarySuppression(cube: Cube, primary: ReadonlySet<number>): Set<number> {
  const suppressed = new Set(primary);
  const protectedCells = new Set<number>();
  const order = [...primary].sort((a, b) => (cube.counts[a] ?? 0) - (cube.counts[b] ?? 0) || a - b);
  for (const cell of order) {
    if (protectedCells.has(cell)) continue;
    const best = bestHypercube(cube, cell, suppressed);
    if (best === undefined) {
      // No hypercube fits: hide every non-zero cell, which nothing can be recomputed from.
      cube.counts.forEach((count, index) => {
        if (count > 0) suppressed.add(index);
      });
      return suppressed;
    }
    for (const corner of best.corners) {
      suppressed.add(corner);
      protectedCells.add(corner);
    }
  }
  return suppressed;
}

function bestHypercube(cube: Cube, cell: number, suppressed: ReadonlySet<number>): Hypercube | undefined {
  const origin = cellCoords(cube, cell);
  const partners = partnerLevels(cube, origin);
  let best: Hypercube | undefined;
  for (const choice of combinations(partners)) {
    const candidate = evaluate(cube, origin, choice, suppressed);
    if (candidate !== undefined && better(candidate, best)) best = candidate;
  }
  return best;
}

function better(candidate: Hypercube, best: Hypercube | undefined): boolean {
  if (best === undefined) return true;
  if (candidate.twoSided !== best.twoSided) return candidate.twoSided;
  return candidate.cost < best.cost || (candidate.cost === best.cost && candidate.added < best.added);
}

/** The levels each axis may pair with the cell's own; thinned to the likeliest ones on very large tables. */
function partnerLevels(cube: Cube, origin: readonly number[]): number[][] {
  const all = cube.sizes.map((size, axis) =>
    Array.from({ length: size }, (_, level) => level).filter((level) => level !== origin[axis]),
  );
  const candidates = all.reduce((product, levels) => product * levels.length, 1);
  if (candidates <= MAX_CANDIDATES) return all;
  return all.map((levels, axis) => {
    const along = (level: number) => {
      const at = [...origin];
      at[axis] = level;
      return cube.counts[cellIndex(cube, at)] ?? 0;
    };
    const nonZero = levels.filter((level) => along(level) > 0).sort((a, b) => along(a) - along(b));
    const total = levels.filter((level) => isTotalLevel(cube, axis, level));
    return [...new Set([...total, ...nonZero.slice(0, 4), ...nonZero.slice(-2)])];
  });
}

function* combinations(options: readonly number[][], prefix: number[] = []): Generator<number[]> {
  if (prefix.length === options.length) {
    yield prefix;
    return;
  }
  for (const level of options[prefix.length] ?? []) yield* combinations(options, [...prefix, level]);
}

/** The corners of the hypercube through `origin` and `partner`, if it can move at least one way. */
function evaluate(
  cube: Cube,
  origin: readonly number[],
  partner: readonly number[],
  suppressed: ReadonlySet<number>,
): Hypercube | undefined {
  const axes = origin.length;
  // Between two inner levels of a line the moves cancel (opposite signs); between a level and its total
  // they must match (same sign).
  const flips = origin.map((level, axis) => {
    const other = partner[axis] ?? 0;
    return !isTotalLevel(cube, axis, level) && !isTotalLevel(cube, axis, other);
  });
  const corners: number[] = [];
  let plusMovable = true;
  let minusMovable = true;
  let cost = 0;
  let added = 0;
  for (let mask = 0; mask < 1 << axes; mask++) {
    let negative = false;
    const coords = origin.map((level, axis) => {
      if ((mask & (1 << axis)) === 0) return level;
      if (flips[axis]) negative = !negative;
      return partner[axis] ?? level;
    });
    const index = cellIndex(cube, coords);
    const count = cube.counts[index] ?? 0;
    if (count < 1) {
      if (negative) minusMovable = false;
      else plusMovable = false;
    }
    if (!suppressed.has(index)) {
      cost += count;
      added++;
    }
    corners.push(index);
  }
  if (!plusMovable && !minusMovable) return undefined;
  return { corners, twoSided: plusMovable && minusMovable, cost, added };
}
