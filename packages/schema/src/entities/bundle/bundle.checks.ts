import type { RecordChecks } from "../../issues/record-checks.js";
import type { RecordType } from "../../model/entities.js";
import { agencyChecks } from "../agency/agency.checks.js";
import { aggregateChecks } from "../aggregate/aggregate.checks.js";
import { caseChecks } from "../case/case.checks.js";
import { criminalGroupChecks } from "../criminal-group/criminal-group.checks.js";
import { financialInquiryChecks } from "../financial-inquiry/financial-inquiry.checks.js";
import { helplineContactChecks } from "../helpline-contact/helpline-contact.checks.js";
import { legalAssistanceRequestChecks } from "../legal-assistance-request/legal-assistance-request.checks.js";
import { operationChecks } from "../operation/operation.checks.js";
import { perpetratorChecks } from "../perpetrator/perpetrator.checks.js";
import { preventionActivityChecks } from "../prevention-activity/prevention-activity.checks.js";
import { protectionMeasureChecks } from "../protection-measure/protection-measure.checks.js";
import { referralChecks } from "../referral/referral.checks.js";
import { screeningChecks } from "../screening/screening.checks.js";
import { sgbvIncidentChecks } from "../sgbv-incident/sgbv-incident.checks.js";
import { victimChecks } from "../victim/victim.checks.js";
import { bundleRules } from "./bundle.rules.js";
import { ExchangeBundle } from "./bundle.schema.js";

/**
 * The checks of every record type a bundle may hold: each of its records is checked by its own type's schema and
 * rules. With `bundleChecks`, every record type's checks (`CHECKS_BY_RECORD_TYPE` is built from this).
 */
export const RECORD_CHECKS_IN_BUNDLE = {
  case: caseChecks,
  victim: victimChecks,
  perpetrator: perpetratorChecks,
  agency: agencyChecks,
  referral: referralChecks,
  aggregate: aggregateChecks,
  operation: operationChecks,
  financialInquiry: financialInquiryChecks,
  legalAssistanceRequest: legalAssistanceRequestChecks,
  criminalGroup: criminalGroupChecks,
  preventionActivity: preventionActivityChecks,
  helplineContact: helplineContactChecks,
  screening: screeningChecks,
  protectionMeasure: protectionMeasureChecks,
  sgbvIncident: sgbvIncidentChecks,
} as const satisfies { readonly [T in Exclude<RecordType, "bundle">]: RecordChecks<T> };

/** What checks an exchange bundle: its schema and rules, and the checks of every record type it may hold. */
export const bundleChecks: RecordChecks<"bundle", (typeof bundleRules)[number]["code"]> = {
  recordType: "bundle",
  schema: ExchangeBundle,
  rules: bundleRules,
  records: RECORD_CHECKS_IN_BUNDLE,
};
