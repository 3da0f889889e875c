import type { AgencyDraft } from "./agency-directory.js";
import { type Draft, extend, fill, type SlotLoss } from "./fill-draft.js";
import type { RowRecordType } from "./htcds-slots.js";
import type { RowInput, RowOptions, RowOutput } from "./row-input.js";
import { referralOf } from "./row-referrals.js";

function hasSlots(input: RowInput, recordType: RowRecordType): boolean {
  return [...input.reads.keys()].some((slot) => slot.recordType === recordType);
}

/** The organisation of the `org_` fields: found by `org_Name`, else an unnamed one for this row. */
function organisationOf(input: RowInput, options: RowOptions, records: Draft[], lossy: SlotLoss[]) {
  if (!hasSlots(input, "agency")) return undefined;
  const draft: Draft = { recordType: "agency" };
  fill(draft, "agency", input.reads, lossy);
  const { row } = input.row;
  let agency: AgencyDraft;
  if (typeof draft.name === "string") {
    const named = options.agencies.named(draft.name, row);
    agency = named.agency;
    if (named.created) records.push(agency);
  } else {
    agency = options.agencies.unnamed(options.ids.ofRow(input.row, "agency"), row);
    records.push(agency);
  }
  // The first row naming an organisation describes it; later rows only fill what is still missing.
  for (const [key, value] of Object.entries(draft)) {
    const current = agency[key];
    if (current === undefined || (Array.isArray(current) && current.length === 0)) agency[key] = value;
  }
  const country = (draft.address as { country?: string } | undefined)?.country;
  if (country !== undefined && agency.country === options.agencies.defaultCountry) agency.country = country;
  return agency;
}

/**
 * Builds the records of one HTCDS row: a victim and a case linking it (always), the organisation of the `org_`
 * fields, a perpetrator for `per_` fields, and up to two referrals for `cas_` referral fields (incoming and
 * outgoing, see `ReferralDirection`). Ids are deterministic
 * (see `HtcdsIds`). Values HTCDS holds but the model cannot hold exactly stay under `extensions.htcds`.
 */
export function rowRecords(input: RowInput, options: RowOptions): RowOutput {
  const { ids } = options;
  const records: Draft[] = [];
  const lossy: SlotLoss[] = [];
  const victimId = ids.ofRow(input.row, "victim");
  const caseId = ids.ofRow(input.row, "case");
  const organisation = organisationOf(input, options, records, lossy);
  let recording = organisation;
  if (recording === undefined && options.organisation !== undefined) {
    const named = options.agencies.named(options.organisation, input.row.row);
    if (named.created) records.push(named.agency);
    recording = named.agency;
  }
  const victim: Draft = { recordType: "victim", id: victimId, caseIds: [caseId] };
  fill(victim, "victim", input.reads, lossy);
  const consent = (victim.consents as Draft[] | undefined)?.[0];
  // HTCDS consent is one checkbox: the record needs an id, and its purposes are not known.
  if (consent) Object.assign(consent, { id: ids.ofRow(input.row, "consent"), purposes: [] });
  for (const [header, raw] of input.unmapped) extend(victim, header, raw);
  const kase: Draft = { recordType: "case", id: caseId, victimIds: [victimId] };
  fill(kase, "case", input.reads, lossy);
  if (recording) kase.reportingAgencyIds = [recording.id];
  let perpetrator: Draft | undefined;
  if (hasSlots(input, "perpetrator")) {
    perpetrator = { recordType: "perpetrator", id: ids.ofRow(input.row, "perpetrator"), caseIds: [caseId] };
    fill(perpetrator, "perpetrator", input.reads, lossy);
    kase.perpetratorIds = [perpetrator.id];
  }
  const links = { victimId, caseId, ...(recording ? { keeper: recording } : {}) };
  const referrals = (["incoming", "outgoing"] as const).flatMap((direction) => {
    const referral = referralOf(input, direction, options, links, records, lossy);
    return referral ? [referral] : [];
  });
  records.push(kase, victim);
  if (perpetrator) records.push(perpetrator);
  records.push(...referrals);
  return { records, lossy };
}
