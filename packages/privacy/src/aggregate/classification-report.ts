import {
  DERIVATIONS,
  type Derivation,
  type DimensionClassification,
  UNCLASSIFIED_REASONS,
  type UnclassifiedReason,
} from "./classification.js";
import type { ClassificationCounts } from "./count.js";
import { type Cube, cellIndex } from "./cube.js";
import { UNKNOWN } from "./dimensions.js";

/** Hides counts from 1 to minCell - 1; zeros are published. */
function primary(count: number, minCell: number): number | null {
  return count > 0 && count < minCell ? null : count;
}

/**
 * The reasons of a dimension's `unknown` persons, as published. They add up to the `unknown` margin of the
 * table, so they are hidden whenever that margin is, small ones are hidden, and when only one would be hidden
 * the next smallest is hidden too (else it could be worked out from the margin).
 */
function publishedReasons(
  reasons: ReadonlyMap<UnclassifiedReason, number>,
  marginHidden: boolean,
  minCell: number,
): Partial<Record<UnclassifiedReason, number | null>> {
  // Ties in the list's order, so that the same counts give the same table whatever order persons came in.
  const entries = [...reasons].sort(
    (a, b) => a[1] - b[1] || UNCLASSIFIED_REASONS.indexOf(a[0]) - UNCLASSIFIED_REASONS.indexOf(b[0]),
  );
  const hidden = new Set(entries.filter(([, count]) => marginHidden || primary(count, minCell) === null));
  if (hidden.size === 1 && entries.length > 1) {
    const next = entries.find((entry) => !hidden.has(entry));
    if (next) hidden.add(next);
  }
  return Object.fromEntries(entries.map((entry) => [entry[0], hidden.has(entry) ? null : entry[1]]));
}

/** The `unknown` cell of an axis with every other axis at its total, or -1 when the axis has no `unknown`. */
function unknownMargin(cube: Cube, axis: number): number {
  const level = cube.axes[axis]?.levels.indexOf(UNKNOWN) ?? -1;
  if (level < 0) return -1;
  const coords = cube.sizes.map((size) => size - 1);
  coords[axis] = level;
  return cellIndex(cube, coords);
}

/**
 * What each dimension of a table could not classify (by reason), derived (by source) and left out (persons
 * with none of the table's levels), with the same protection as the table's cells.
 */
export function publishedClassification(
  cube: Cube,
  counts: readonly ClassificationCounts[],
  suppressed: ReadonlySet<number>,
  minCell: number,
): DimensionClassification[] {
  return counts.map((count, axis) => {
    const margin = unknownMargin(cube, axis);
    const derived = Object.fromEntries(
      DERIVATIONS.filter((source) => count.derived.has(source)).map((source) => [
        source,
        primary(count.derived.get(source) ?? 0, minCell),
      ]),
    ) as Partial<Record<Derivation, number | null>>;
    return {
      unclassified: publishedReasons(count.unclassified, margin >= 0 && suppressed.has(margin), minCell),
      derived,
      outsideLevels: primary(count.outsideLevels, minCell),
    };
  });
}
