import type { AgencyDirectory } from "./agency-directory.js";
import type { Draft, Reads, SlotLoss } from "./fill-draft.js";
import type { HtcdsIds } from "./htcds-ids.js";
import type { SourceRow } from "./source-table.js";

/** What one row is made of once its cells are read. */
export interface RowInput {
  readonly row: SourceRow;
  /** The cells of HTCDS fields, by slot. */
  readonly reads: Reads;
  /** Cells of columns HTCDS does not have, by header, as text. */
  readonly unmapped: ReadonlyMap<string, string>;
}

/** The records a row produced and what the report must say about it. */
export interface RowOutput {
  /** New records of the row, agencies first, then case, victim, perpetrator, referral. */
  readonly records: Draft[];
  /** Slots whose cells the canonical value does not hold exactly (the cells are in `extensions.htcds`). */
  readonly lossy: readonly SlotLoss[];
}

/** Options that shape the records of a row. */
export interface RowOptions {
  readonly ids: HtcdsIds;
  readonly agencies: AgencyDirectory;
  /** The organisation keeping the file, standing for the missing side of a referral. */
  readonly organisation?: string;
}
