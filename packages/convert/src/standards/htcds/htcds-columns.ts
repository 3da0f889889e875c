import { prefixOf, wordsOf } from "./htcds-names.js";
import { HTCDS_SLOTS, type HtcdsSlot, sourceNames } from "./htcds-slots.js";

/** HTCDS tables in the order of the standard: organisation, person, victim, perpetrator, case, and the rest. */
const TABLE_ORDER = ["org_", "prs_", "vic_", "per_", "cas_", "cco_", "hte_", "spl_", "con_"];

const rank = (name: string) => {
  const index = TABLE_ORDER.indexOf(prefixOf(name));
  return index < 0 ? TABLE_ORDER.length : index;
};

/** Every HTCDS column the model can fill, by standard field name, in table order then model order. */
export const STANDARD_COLUMNS: readonly { readonly name: string; readonly slot: HtcdsSlot }[] =
  HTCDS_SLOTS.flatMap((slot) => sourceNames(slot).map((name) => ({ name, slot })))
    .map((column, order) => ({ column, order }))
    .sort((a, b) => rank(a.column.name) - rank(b.column.name) || a.order - b.order)
    .map(({ column }) => column);

/** A readable label for a column the template lacks: `prs_MiddleName` -> `Middle name`. */
export function labelOf(name: string): string {
  const words = wordsOf(name.slice(prefixOf(name).length)).join(" ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
