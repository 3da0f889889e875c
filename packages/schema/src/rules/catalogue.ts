import { agencyChecks } from "../entities/agency/agency.checks.js";
import { aggregateChecks } from "../entities/aggregate/aggregate.checks.js";
import { bundleChecks } from "../entities/bundle/bundle.checks.js";
import { caseChecks } from "../entities/case/case.checks.js";
import { criminalGroupChecks } from "../entities/criminal-group/criminal-group.checks.js";
import { financialInquiryChecks } from "../entities/financial-inquiry/financial-inquiry.checks.js";
import { helplineContactChecks } from "../entities/helpline-contact/helpline-contact.checks.js";
import { legalAssistanceRequestChecks } from "../entities/legal-assistance-request/legal-assistance-request.checks.js";
import { operationChecks } from "../entities/operation/operation.checks.js";
import { perpetratorChecks } from "../entities/perpetrator/perpetrator.checks.js";
import { preventionActivityChecks } from "../entities/prevention-activity/prevention-activity.checks.js";
import { protectionMeasureChecks } from "../entities/protection-measure/protection-measure.checks.js";
import { referralChecks } from "../entities/referral/referral.checks.js";
import { screeningChecks } from "../entities/screening/screening.checks.js";
import { sgbvIncidentChecks } from "../entities/sgbv-incident/sgbv-incident.checks.js";
import { victimChecks } from "../entities/victim/victim.checks.js";
import type { Severity } from "../issues/issue.js";
import type { RecordChecks } from "../issues/record-checks.js";
import type { RecordType } from "../model/entities.js";
import type { Rule } from "./define-rule.js";

/** What checks each record type: its schema and cross-field rules. */
export const CHECKS_BY_RECORD_TYPE: { readonly [T in RecordType]: RecordChecks<T> } = {
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
  bundle: bundleChecks,
  helplineContact: helplineContactChecks,
  screening: screeningChecks,
  protectionMeasure: protectionMeasureChecks,
  sgbvIncident: sgbvIncidentChecks,
};

/** The cross-field rules of each record type. */
export const RULES_BY_RECORD_TYPE = {
  case: caseChecks.rules,
  victim: victimChecks.rules,
  perpetrator: perpetratorChecks.rules,
  agency: agencyChecks.rules,
  referral: referralChecks.rules,
  aggregate: aggregateChecks.rules,
  operation: operationChecks.rules,
  financialInquiry: financialInquiryChecks.rules,
  legalAssistanceRequest: legalAssistanceRequestChecks.rules,
  criminalGroup: criminalGroupChecks.rules,
  preventionActivity: preventionActivityChecks.rules,
  bundle: bundleChecks.rules,
  helplineContact: helplineContactChecks.rules,
  screening: screeningChecks.rules,
  protectionMeasure: protectionMeasureChecks.rules,
  sgbvIncident: sgbvIncidentChecks.rules,
} as const satisfies Record<RecordType, readonly Rule<never>[]>;

/** Every cross-field rule of the model (a code may be shared by rules of several record types). */
export const ALL_RULES: readonly Rule<never>[] = Object.values(RULES_BY_RECORD_TYPE).flat();

/** The issue code of a cross-field rule. */
export type RuleCode = (typeof RULES_BY_RECORD_TYPE)[RecordType][number]["code"];

/**
 * The core severity of every rule code, as data: a national profile starts from this table and changes
 * entries (see `CheckOptions.ruleSeverities`). A code shared by several record types has one severity.
 */
export const RULE_SEVERITIES: Readonly<Record<RuleCode, Severity>> = Object.fromEntries(
  ALL_RULES.map((rule) => [rule.code, rule.severity]),
) as Record<RuleCode, Severity>;
