import { decodeCode, encodeCode, otherValue } from "./htcds-codes.js";
import type { HtcdsSlot } from "./htcds-slots.js";

/** What writing a row lost, per column (never a value). */
export interface RowLoss {
  readonly column: string;
  readonly note: string;
}

/** Codes HTCDS has a value for; the others become the list's `Other` where it has one, else are dropped. */
export function writableCodes(
  slot: HtcdsSlot,
  codes: readonly string[],
  column: string,
  losses: RowLoss[],
): string[] {
  const list = slot.codeList;
  if (list === undefined) return [];
  const out: string[] = [];
  const other = otherValue(list) === undefined ? undefined : decodeCode(list, "Other");
  let replaced = 0;
  let dropped = 0;
  for (const code of codes) {
    const writable = encodeCode(list, code) !== undefined ? code : other;
    if (writable === undefined) dropped++;
    else {
      if (writable !== code) replaced++;
      if (!out.includes(writable)) out.push(writable);
    }
  }
  if (replaced > 0) losses.push({ column, note: "codes without an HTCDS value were written as Other" });
  if (dropped > 0)
    losses.push({ column, note: "codes without an HTCDS value (and no Other in the list) were dropped" });
  return out;
}
