/**
 * Compares ISO dates that may be partial (`2021`, `2021-03`, `2021-03-14`) or timestamps, on the precision
 * both share. Returns a negative number, zero (same or not comparable more finely) or a positive number.
 */
export function compareDates(a: string, b: string): number {
  const length = Math.min(datePart(a).length, datePart(b).length);
  const left = datePart(a).slice(0, length);
  const right = datePart(b).slice(0, length);
  return left < right ? -1 : left > right ? 1 : 0;
}

function datePart(value: string): string {
  return value.length > 10 ? value.slice(0, 10) : value;
}

/** One date that should not come after the next in a chain, with where it sits in the record. */
export interface DatedStep {
  readonly field: string;
  readonly path: readonly (string | number)[];
  readonly date: string | undefined;
}

/**
 * Walks an ordered chain of optional dates and yields each pair that is out of order, skipping the gaps.
 * Only the field ids are returned, never the dates themselves.
 */
export function* outOfOrder(steps: readonly DatedStep[]) {
  let previous: DatedStep | undefined;
  for (const step of steps) {
    if (step.date === undefined) continue;
    if (previous?.date !== undefined && compareDates(previous.date, step.date) > 0) {
      yield { path: step.path, params: { field: step.field, earlierField: previous.field } };
      continue; // keep the latest date seen as the bar for the steps after
    }
    previous = step;
  }
}
