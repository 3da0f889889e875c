import * as z from "zod";
import { country } from "../../codes/country/country.codes.js";
import { referralStatus } from "../../codes/referral-status/referral-status.codes.js";
import { riskLevel } from "../../codes/risk-level/risk-level.codes.js";
import { oneCode } from "../../common/code-field.js";
import { IsoDate, IsoDateTime, LongText, ShortText, Uuid } from "../../common/primitives.js";
import { defineObject, field } from "../../meta/registry.js";

/** One side of a referral: the agency, its country, and the caseworker in charge. */
export const ReferralParty = defineObject("referralParty", {
  agencyId: field(Uuid, { pii: "none" }),
  country: oneCode(country, { pii: "none" }),
  caseWorker: field(ShortText.optional(), { pii: "direct" }),
});
export type ReferralParty = z.output<typeof ReferralParty>;

/** The joint assessment of risks before a return, by the countries of origin and destination. */
export const RiskAssessment = defineObject("riskAssessment", {
  conductedOn: field(IsoDate, { pii: "quasi" }),
  level: oneCode(riskLevel, { pii: "sensitive" }),
  jointWithOrigin: field(z.boolean().optional(), { pii: "none" }),
  assessingAgencyIds: field(z.array(Uuid).optional(), { pii: "none" }),
  lifeOrSafetyRisk: field(z.boolean().optional(), { pii: "sensitive" }),
  summary: field(LongText.optional(), { pii: "sensitive" }),
});
export type RiskAssessment = z.output<typeof RiskAssessment>;

/** One step of a referral's life: the status it entered, when, and who moved it. */
export const StatusChange = defineObject("statusChange", {
  status: oneCode(referralStatus, { pii: "none" }),
  at: field(IsoDateTime, { pii: "none" }),
  byAgencyId: field(Uuid.optional(), { pii: "none" }),
  note: field(LongText.optional(), { pii: "sensitive" }),
});
export type StatusChange = z.output<typeof StatusChange>;
