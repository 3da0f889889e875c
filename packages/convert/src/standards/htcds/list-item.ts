import { encodeCode, otherValue } from "./htcds-codes.js";
import { HTCDS_SLOTS, type HtcdsSlot } from "./htcds-slots.js";
import { getAt, type RecordPath } from "./record-paths.js";

/** Whether a code can be written: HTCDS has a value for it, or the list has `Other`. */
function writable(slot: HtcdsSlot, code: unknown): boolean {
  const list = slot.codeList;
  return (
    list === undefined ||
    (typeof code === "string" && encodeCode(list, code) !== undefined) ||
    otherValue(list) !== undefined
  );
}

const listOf = (slot: HtcdsSlot) =>
  `${slot.recordType}/${slot.path.slice(0, slot.path.indexOf(0) + 1).join("/")}`;

/** For each slot inside a list item, the item's required picklists (`assistance.service` for `spl_*`). */
const ITEM_KEYS = new Map(
  HTCDS_SLOTS.filter((slot) => slot.path.includes(0)).map((slot) => [
    slot,
    HTCDS_SLOTS.filter(
      (key) => key.required && key.kind === "code" && key.path.includes(0) && listOf(key) === listOf(slot),
    ),
  ]),
);

/**
 * Which item of a list a row holds (a row has room for one event, one support plan, one comment, one consent):
 * the first item whose required picklist (`spl_Type`, `hte_Type`) HTCDS can write; `undefined` when none can.
 */
export function itemOf(
  record: Readonly<Record<string, unknown>>,
  slot: HtcdsSlot,
): { path: RecordPath; count: number } | undefined {
  const at = slot.path.indexOf(0);
  if (at < 0) return { path: slot.path, count: 1 };
  const items = getAt(record, slot.path.slice(0, at));
  if (!Array.isArray(items)) return undefined;
  const keys = ITEM_KEYS.get(slot) ?? [];
  const index = items.findIndex((item) =>
    keys.every((key) => writable(key, getAt(item, key.path.slice(at + 1)))),
  );
  return index < 0
    ? undefined
    : { path: [...slot.path.slice(0, at), index, ...slot.path.slice(at + 1)], count: items.length };
}
