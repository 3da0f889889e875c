import type { HtcdsSlot } from "./htcds-slots.js";
import type { CellRead } from "./read-cell.js";

/** The canonical value of one slot in one row, merged from the cells that feed it. */
export interface SlotValue {
  /** A list for a `many` slot; `undefined` when no cell gave a usable value. */
  readonly value?: unknown;
  /**
   * The canonical value does not hold the cells exactly (an unknown picklist value, several values in a
   * single-value field, two HTCDS fields merged into one): the cells are kept under `extensions.htcds`.
   */
  readonly keepRaw: boolean;
  /** What was lost in the canonical value, for the report (never a value). */
  readonly lossy?: string;
}

/**
 * Merges the cells of one slot: a list field takes every value of every cell (duplicates dropped, order kept); a
 * single-value field takes the first value, preferring the slot's primary HTCDS field
 * (`cas_OutgoingReferralDetails` before `cas_IncomingReferralDetails`).
 */
export function mergeSlot(slot: HtcdsSlot, reads: readonly CellRead[]): SlotValue {
  const ordered = [...reads].sort((a, b) => a.field.source - b.field.source);
  const values: unknown[] = [];
  for (const read of ordered)
    for (const value of read.values) if (!values.includes(value)) values.push(value);
  const sources = new Set(reads.map((read) => read.field.source));
  const problems = reads.some((read) => read.problems.length > 0);
  let lossy: string | undefined;
  if (sources.size > 1) lossy = "several HTCDS fields merged into one canonical field";
  else if (reads.length > sources.size) lossy = "the same HTCDS field in several columns";
  else if (!slot.many && values.length > 1)
    lossy = "several values in a single-value field: the first was kept";
  else lossy = reads.find((read) => read.lossy !== undefined)?.lossy;
  const keepRaw = problems || lossy !== undefined;
  if (values.length === 0) return { keepRaw };
  return { value: slot.many ? values : values[0], keepRaw, ...(lossy ? { lossy } : {}) };
}
