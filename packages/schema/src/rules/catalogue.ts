import { agencyRules } from "../entities/agency/agency.rules.js";
import { aggregateRules } from "../entities/aggregate/aggregate.rules.js";
import { bundleRules } from "../entities/bundle/bundle.rules.js";
import { caseRules } from "../entities/case/case.rules.js";
import { criminalGroupRules } from "../entities/criminal-group/criminal-group.rules.js";
import { financialInquiryRules } from "../entities/financial-inquiry/financial-inquiry.rules.js";
import { helplineContactRules } from "../entities/helpline-contact/helpline-contact.rules.js";
import { legalAssistanceRequestRules } from "../entities/legal-assistance-request/legal-assistance-request.rules.js";
import { operationRules } from "../entities/operation/operation.rules.js";
import { perpetratorRules } from "../entities/perpetrator/perpetrator.rules.js";
import { preventionActivityRules } from "../entities/prevention-activity/prevention-activity.rules.js";
import { protectionMeasureRules } from "../entities/protection-measure/protection-measure.rules.js";
import { referralRules } from "../entities/referral/referral.rules.js";
import { screeningRules } from "../entities/screening/screening.rules.js";
import { sgbvIncidentRules } from "../entities/sgbv-incident/sgbv-incident.rules.js";
import { victimRules } from "../entities/victim/victim.rules.js";
import type { Severity } from "../issues/issue.js";
import type { RecordType } from "../model/entities.js";
import type { Rule } from "./define-rule.js";
import { formerCountryRule } from "./former-country.js";

/** The cross-field rules of each record type. */
export const RULES_BY_RECORD_TYPE = {
  case: [...caseRules, formerCountryRule("case")],
  victim: [...victimRules, formerCountryRule("victim")],
  perpetrator: [...perpetratorRules, formerCountryRule("perpetrator")],
  agency: [...agencyRules, formerCountryRule("agency")],
  referral: [...referralRules, formerCountryRule("referral")],
  aggregate: [...aggregateRules, formerCountryRule("aggregate")],
  operation: [...operationRules, formerCountryRule("operation")],
  financialInquiry: [...financialInquiryRules, formerCountryRule("financialInquiry")],
  legalAssistanceRequest: [...legalAssistanceRequestRules, formerCountryRule("legalAssistanceRequest")],
  criminalGroup: [...criminalGroupRules, formerCountryRule("criminalGroup")],
  preventionActivity: [...preventionActivityRules, formerCountryRule("preventionActivity")],
  bundle: bundleRules,
  helplineContact: helplineContactRules,
  screening: screeningRules,
  protectionMeasure: [...protectionMeasureRules, formerCountryRule("protectionMeasure")],
  sgbvIncident: [...sgbvIncidentRules, formerCountryRule("sgbvIncident")],
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
