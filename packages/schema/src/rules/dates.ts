import { defineRule, type Rule, type RuleFinding } from "./define-rule.js";

/**
 * Compares ISO dates that may be partial (`2021`, `2021-03`, `2021-03-14`) or timestamps, on the precision
 * both share. Returns a negative number, zero (same or not comparable more finely) or a positive number.
 */
export function compareDates(a: string, b: string): number {
  // Character by character rather than on slices: rules compare dates of every record of an export.
  const length = Math.min(a.length, b.length, 10);
  for (let i = 0; i < length; i++) {
    const difference = a.charCodeAt(i) - b.charCodeAt(i);
    if (difference !== 0) return difference < 0 ? -1 : 1;
  }
  return 0;
}

/**
 * Walks an ordered chain of optional dates, one `next` per step, skipping the gaps: a date that comes before
 * the latest one seen so far is out of order, and the latest date stays the bar for the steps after it. Only
 * field ids come out, never the dates. `start` begins a chain; an instance is reused from record to record,
 * so a chain in order allocates nothing.
 */
export class DateOrder {
  #latest: string | undefined;
  #field = "";

  /** Begins a new chain. */
  start(): this {
    this.#latest = undefined;
    this.#field = "";
    return this;
  }

  /** The field id of the latest date so far when `date` comes before it, else undefined. */
  next(field: string, date: string | undefined): string | undefined {
    if (date === undefined) return undefined;
    if (this.#latest !== undefined && compareDates(this.#latest, date) > 0) return this.#field;
    this.#latest = date;
    this.#field = field;
    return undefined;
  }

  /** `next`, reporting an out-of-order date at `path` in `found`. */
  step(found: RuleFinding[], field: string, date: string | undefined, path: RuleFinding["path"]): this {
    const earlier = this.next(field, date);
    if (earlier !== undefined) found.push(outOfOrderAt(path, field, earlier));
    return this;
  }
}

/**
 * Reports `date` (field `field`, at `path`) when it comes before `earlier` (field `earlierField`), the two
 * steps of a chain of two; nothing when either is missing.
 */
export function checkDatePair(
  found: RuleFinding[],
  earlierField: string,
  earlier: string | undefined,
  field: string,
  date: string | undefined,
  path: RuleFinding["path"],
): void {
  if (datesOutOfOrder(earlier, date)) found.push(outOfOrderAt(path, field, earlierField));
}

/** Whether both dates are given and `date` comes before `earlier`. */
export function datesOutOfOrder(earlier: string | undefined, date: string | undefined): boolean {
  return earlier !== undefined && date !== undefined && compareDates(earlier, date) > 0;
}

/** The finding of a date at `path` (field `field`) that comes before the date of `earlierField`. */
export function outOfOrderAt(path: RuleFinding["path"], field: string, earlierField: string): RuleFinding {
  return { path, params: { field, earlierField } };
}

/** The keys of `T` holding an optional date. */
type DateKey<T> = { [K in keyof T]-?: T[K] extends string | undefined ? K : never }[keyof T] & string;

/**
 * The `dates_out_of_order` rule of a record type with one span (`startedOn` to `endedOn`): the end, when both are
 * given, may not come before the start. The finding points at the end.
 */
export function datePairRule<T>(
  recordType: string,
  clause: string,
  start: DateKey<T>,
  end: DateKey<T>,
): Rule<T, "dates_out_of_order"> {
  // Made once per rule: rules run on every record of an export.
  const endPath = [end] as const;
  const startField = `${recordType}.${start}`;
  const endField = `${recordType}.${end}`;
  return defineRule({
    code: "dates_out_of_order",
    recordType,
    severity: "error",
    clause,
    fields: [startField, endField],
    check(record: T, found) {
      checkDatePair(
        found,
        startField,
        record[start] as string | undefined,
        endField,
        record[end] as string | undefined,
        endPath,
      );
    },
  });
}
