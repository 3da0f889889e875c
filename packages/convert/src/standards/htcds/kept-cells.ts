import { isDeepStrictEqual } from "node:util";
import { fieldOfName, type HtcdsSlot } from "./htcds-slots.js";
import { mergeSlot } from "./merge-slot.js";
import { readCell } from "./read-cell.js";

/**
 * The separator with which the cells kept under `extensions.htcds` when the row was read still say what the
 * record says, or `undefined` when they no longer do. Cells that still hold are written back verbatim (unknown
 * picklist values, several values in a single-value field, stay as they were).
 */
export function keptSeparator(
  slot: HtcdsSlot,
  kept: ReadonlyMap<string, string>,
  canonical: unknown,
): ";" | " " | undefined {
  return ([";", " "] as const).find((separator) => {
    const reads = [...kept].flatMap(([name, raw]) => {
      const field = fieldOfName(name);
      return field ? [readCell({ value: raw }, field, separator, false)] : [];
    });
    return isDeepStrictEqual(mergeSlot(slot, reads).value, canonical);
  });
}
