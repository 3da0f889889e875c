import * as z from "zod";
import { compensationSource } from "../../codes/compensation-source/compensation-source.codes.js";
import { country } from "../../codes/country/country.codes.js";
import { iccsCode } from "../../codes/iccs-code/iccs-code.codes.js";
import { nonPunishmentOutcome } from "../../codes/non-punishment-outcome/non-punishment-outcome.codes.js";
import { reintegrationOutcome } from "../../codes/reintegration-outcome/reintegration-outcome.codes.js";
import { residenceDecision } from "../../codes/residence-decision/residence-decision.codes.js";
import { residencePermitType } from "../../codes/residence-permit-type/residence-permit-type.codes.js";
import { oneCode } from "../../common/code-field.js";
import { CurrencyCode, IsoDate, ShortText } from "../../common/primitives.js";
import { defineObject, field } from "../../meta/registry.js";

const Amount = z.number().min(0);

/** Compensation or restitution: awarded, paid, how much, in which currency, from which source. */
export const CompensationDetail = defineObject("compensationDetail", {
  source: oneCode(compensationSource, { pii: "sensitive" }),
  awarded: field(z.boolean(), { pii: "sensitive" }),
  awardedOn: field(IsoDate.optional(), { pii: "quasi" }),
  amountAwarded: field(Amount.optional(), { pii: "sensitive" }),
  paid: field(z.boolean().optional(), { pii: "sensitive" }),
  paidOn: field(IsoDate.optional(), { pii: "quasi" }),
  amountPaid: field(Amount.optional(), { pii: "sensitive" }),
  currency: field(CurrencyCode.optional(), { pii: "none" }),
});
export type CompensationDetail = z.output<typeof CompensationDetail>;

/** A residence permit or a reflection period: which kind, the decision, and the time it covers. */
export const ResidenceDetail = defineObject("residenceDetail", {
  permitType: oneCode(residencePermitType, { pii: "sensitive" }).optional(),
  decision: oneCode(residenceDecision, { pii: "sensitive" }),
  decidedOn: field(IsoDate.optional(), { pii: "quasi" }),
  startDate: field(IsoDate.optional(), { pii: "quasi" }),
  endDate: field(IsoDate.optional(), { pii: "quasi" }),
});
export type ResidenceDetail = z.output<typeof ResidenceDetail>;

/** A return to the country of origin and how the person's reintegration stood at the latest follow-up. */
export const ReintegrationDetail = defineObject("reintegrationDetail", {
  country: oneCode(country, { pii: "quasi" }).optional(),
  returnedOn: field(IsoDate.optional(), { pii: "quasi" }),
  lastFollowUpOn: field(IsoDate.optional(), { pii: "quasi" }),
  outcome: oneCode(reintegrationOutcome, { pii: "sensitive" }),
});
export type ReintegrationDetail = z.output<typeof ReintegrationDetail>;

/** A victim prosecuted for an offence committed as a result of being trafficked, and what became of it. */
export const NonPunishmentDetail = defineObject("nonPunishmentDetail", {
  offence: oneCode(iccsCode, { pii: "sensitive", mappings: { iccs: ["ICCS v1.0"] } }).optional(),
  offenceDescription: field(ShortText.optional(), { pii: "sensitive" }),
  outcome: oneCode(nonPunishmentOutcome, { pii: "sensitive" }),
  decidedOn: field(IsoDate.optional(), { pii: "quasi" }),
});
export type NonPunishmentDetail = z.output<typeof NonPunishmentDetail>;
