import type { AgencyDraft } from "./agency-directory.js";
import { type Draft, fill, type SlotLoss } from "./fill-draft.js";
import type { HtcdsSlot } from "./htcds-slots.js";
import type { CellRead } from "./read-cell.js";
import { directionOf, type ReferralDirection } from "./referral-direction.js";
import type { RowInput, RowOptions } from "./row-input.js";

/** The party an organisation column and a caseworker column name (either may be missing). */
function partyOf(
  reads: readonly CellRead[],
  options: RowOptions,
  row: number,
  records: Draft[],
): Draft | undefined {
  const name = reads.find((read) => read.field.source === 0)?.raw;
  const caseWorker = reads.find((read) => read.field.source !== 0)?.raw;
  let agency: AgencyDraft | undefined;
  if (name !== undefined) {
    const named = options.agencies.named(name, row);
    if (named.created) records.unshift(named.agency);
    agency = named.agency;
  }
  if (agency === undefined && caseWorker === undefined) return undefined;
  return {
    ...(agency ? { agencyId: agency.id, country: agency.country } : {}),
    ...(caseWorker !== undefined ? { caseWorker } : {}),
  };
}

/** The reads of the referral fields of one direction (`cas_Incoming*` and `cas_Referring*`, or the others). */
function readsOf(input: RowInput, direction: ReferralDirection): Map<HtcdsSlot, CellRead[]> {
  const out = new Map<HtcdsSlot, CellRead[]>();
  for (const [slot, reads] of input.reads) {
    if (slot.recordType !== "referral") continue;
    const mine = reads.filter((read) => directionOf(read.field.name) === direction);
    if (mine.length > 0) out.set(slot, mine);
  }
  return out;
}

/**
 * The referral of one direction, seen from the organisation keeping the file (`keeper`): incoming from the
 * referring organisation to the keeper, its status `accepted` when HTCDS gives the date the keeper accepted it
 * (`cas_IncomingReferralDate`), else `received`; outgoing from the keeper to the referred organisation, `sent`.
 */
export function referralOf(
  input: RowInput,
  direction: ReferralDirection,
  options: RowOptions,
  links: RowLinks,
  records: Draft[],
  lossy: SlotLoss[],
) {
  const reads = readsOf(input, direction);
  if (reads.size === 0) return undefined;
  const referral: Draft = {
    recordType: "referral",
    id: options.ids.ofRow(input.row, `referral:${direction}`),
    victimId: links.victimId,
    caseId: links.caseId,
  };
  fill(referral, "referral", reads, lossy);
  const partyReads = [...reads].find(([slot]) => slot.kind === "party")?.[1] ?? [];
  const other = partyOf(partyReads, options, input.row.row, records);
  const keeper = links.keeper ? { agencyId: links.keeper.id, country: links.keeper.country } : undefined;
  const [from, to] = direction === "incoming" ? [other, keeper] : [keeper, other];
  if (from) referral.from = from;
  if (to) referral.to = to;
  if (from?.country !== undefined && to?.country !== undefined)
    referral.crossBorder = from.country !== to.country;
  if (direction === "incoming") referral.status = referral.receivedOn !== undefined ? "accepted" : "received";
  else referral.status = "sent";
  return referral;
}

export interface RowLinks {
  readonly victimId: string;
  readonly caseId: string;
  /** The organisation keeping the file: the `org_` organisation, else the `organisation` option. */
  readonly keeper?: AgencyDraft;
}
