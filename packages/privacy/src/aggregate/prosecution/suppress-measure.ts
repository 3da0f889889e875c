/** One published figure: `null` and `suppressed` when withheld. */
export interface Figure {
  readonly value: number | null;
  readonly suppressed: boolean;
}

/**
 * Which of some body cells of one measure to withhold, beside a published total: cells from 1 to minCell - 1
 * (primary), cells listed in `alsoHide` (a figure about too few operations or actions), and, when that leaves
 * exactly one hidden non-zero cell, the smallest other non-zero cell too, so the hidden one cannot be worked out from
 * the total (secondary). With no such cell left, the total is withheld instead (`hideTotal`).
 */
export function suppressMeasure(
  values: readonly number[],
  minCell: number,
  alsoHide: ReadonlySet<number> = new Set(),
): { readonly hidden: Set<number>; readonly hideTotal: boolean } {
  const hidden = new Set<number>(alsoHide);
  values.forEach((value, index) => {
    if (value > 0 && value < minCell) hidden.add(index);
  });
  // A hidden zero protects nothing: what matters is how many hidden cells hold a number.
  let hiddenNonZero = 0;
  for (const index of hidden) if ((values[index] ?? 0) > 0) hiddenNonZero++;
  if (hiddenNonZero !== 1) return { hidden, hideTotal: false };
  let smallest = -1;
  values.forEach((value, index) => {
    if (hidden.has(index) || value === 0) return;
    if (smallest === -1 || value < (values[smallest] as number)) smallest = index;
  });
  if (smallest === -1) return { hidden, hideTotal: true };
  hidden.add(smallest);
  return { hidden, hideTotal: false };
}

/** The figures of a measure after suppression. */
export function figuresOf(values: readonly number[], hidden: ReadonlySet<number>): Figure[] {
  return values.map((value, index) =>
    hidden.has(index) ? { value: null, suppressed: true } : { value, suppressed: false },
  );
}

/** A total, withheld when it counts 1 to minCell - 1 or when secondary suppression asks for it. */
export function totalOf(value: number, minCell: number, hide: boolean): Figure {
  return hide || (value > 0 && value < minCell)
    ? { value: null, suppressed: true }
    : { value, suppressed: false };
}
