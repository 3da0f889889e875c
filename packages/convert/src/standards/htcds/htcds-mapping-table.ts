import { CODE_LISTS } from "@tip/schema";
import { encodeCode } from "./htcds-codes.js";
import { STANDARD_COLUMNS } from "./htcds-columns.js";
import { fieldOfName, type HtcdsSlot, type SlotKind } from "./htcds-slots.js";
import { directionOf, type ReferralDirection } from "./referral-direction.js";

/** One row of the HTCDS mapping table, for documentation. */
export interface HtcdsMappingRow {
  /** The HTCDS field name as written (the standard's spelling). */
  readonly column: string;
  /** Other spellings read as the same field (`prs_First_Name`). */
  readonly spellings: readonly string[];
  /** Canonical field id; for a referral's organisation column, the agency it names. */
  readonly field: string;
  /** Record type and path of the value in the records of a row, e.g. `case` `events.0.place.city`. */
  readonly record: HtcdsSlot["recordType"];
  readonly path: string;
  readonly kind: SlotKind;
  readonly codeList?: string;
  /** For a picklist: canonical codes HTCDS has no value for (written as `Other` where the list has it). */
  readonly unmappedCodes: readonly string[];
  /** For a referral column: the referral it belongs to, seen from the organisation keeping the file. */
  readonly direction?: ReferralDirection;
}

/**
 * The HTCDS mapping table as `readHtcds` and the writers use it, derived from the schema metadata: every HTCDS
 * field the model can hold, in the standard's table order, with its canonical field and the codes it cannot
 * carry. `docs/` can render it; nothing here is written by hand.
 */
export function htcdsMappingTable(): HtcdsMappingRow[] {
  return STANDARD_COLUMNS.map(({ name, slot }) => {
    const list = slot.codeList;
    const party = slot.kind === "party";
    const organisation = party && slot.names[0] === name;
    const direction = slot.recordType === "referral" ? directionOf(name) : undefined;
    return {
      column: name,
      spellings: slot.names.filter((other) => other !== name && fieldOfName(other)?.name === name),
      field: party ? (organisation ? "agency.name" : "referralParty.caseWorker") : slot.fieldId,
      record: slot.recordType,
      path: party && !organisation ? `${slot.path.join(".")}.caseWorker` : slot.path.join("."),
      kind: slot.kind,
      ...(list ? { codeList: list } : {}),
      unmappedCodes: list
        ? (CODE_LISTS[list].codes as readonly string[]).filter((code) => encodeCode(list, code) === undefined)
        : [],
      ...(direction ? { direction } : {}),
    };
  });
}
