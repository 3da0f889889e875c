import * as z from "zod";
import { country } from "../../codes/country/country.codes.js";
import { exchangePurpose } from "../../codes/exchange-purpose/exchange-purpose.codes.js";
import { tlp } from "../../codes/tlp/tlp.codes.js";
import { oneCode } from "../../common/code-field.js";
import { IsoDateTime, Uuid } from "../../common/primitives.js";
import { recordBase } from "../../common/record-base.js";
import { defineObject, field } from "../../meta/registry.js";
import { Agency } from "../agency/agency.schema.js";
import { Aggregate } from "../aggregate/aggregate.schema.js";
import { Case } from "../case/case.schema.js";
import { CriminalGroup } from "../criminal-group/criminal-group.schema.js";
import { FinancialInquiry } from "../financial-inquiry/financial-inquiry.schema.js";
import { HelplineContact } from "../helpline-contact/helpline-contact.schema.js";
import { LegalAssistanceRequest } from "../legal-assistance-request/legal-assistance-request.schema.js";
import { Operation } from "../operation/operation.schema.js";
import { Perpetrator } from "../perpetrator/perpetrator.schema.js";
import { PreventionActivity } from "../prevention-activity/prevention-activity.schema.js";
import { ProtectionMeasure } from "../protection-measure/protection-measure.schema.js";
import { Referral } from "../referral/referral.schema.js";
import { Screening } from "../screening/screening.schema.js";
import { SgbvIncident } from "../sgbv-incident/sgbv-incident.schema.js";
import { Victim } from "../victim/victim.schema.js";

/** Any record of the model, told apart by `recordType`. */
export const TipRecord: z.ZodDiscriminatedUnion<
  [
    typeof Case,
    typeof Victim,
    typeof Perpetrator,
    typeof Agency,
    typeof Referral,
    typeof Aggregate,
    typeof HelplineContact,
    typeof Screening,
    typeof ProtectionMeasure,
    typeof SgbvIncident,
    typeof Operation,
    typeof FinancialInquiry,
    typeof LegalAssistanceRequest,
    typeof CriminalGroup,
    typeof PreventionActivity,
  ],
  "recordType"
> = z.discriminatedUnion("recordType", [
  Case,
  Victim,
  Perpetrator,
  Agency,
  Referral,
  Aggregate,
  HelplineContact,
  Screening,
  ProtectionMeasure,
  SgbvIncident,
  Operation,
  FinancialInquiry,
  LegalAssistanceRequest,
  CriminalGroup,
  PreventionActivity,
]);
export type TipRecord = z.output<typeof TipRecord>;

/** The sender or a recipient of a bundle. */
export const BundleParty = defineObject("bundleParty", {
  agencyId: field(Uuid.optional(), { pii: "none" }),
  country: oneCode(country, { pii: "none" }),
});
export type BundleParty = z.output<typeof BundleParty>;

/**
 * The envelope of an exchange: which model version, who sends to whom, when, why, under which TLP 2.0 marking,
 * and the records themselves.
 */
export const ExchangeBundle = defineObject("bundle", {
  ...recordBase("bundle"),
  schemaVersion: field(z.string().regex(/^\d+\.\d+\.\d+$/, "Expected a semantic version"), { pii: "none" }),
  sender: field(BundleParty, { pii: "none" }),
  recipients: field(z.array(BundleParty).min(1), { pii: "none" }),
  sentAt: field(IsoDateTime, { pii: "none" }),
  purpose: oneCode(exchangePurpose, { pii: "none" }),
  tlp: oneCode(tlp, { pii: "none" }),
  records: field(z.array(TipRecord), { pii: "sensitive" }),
});
export type ExchangeBundle = z.output<typeof ExchangeBundle>;
