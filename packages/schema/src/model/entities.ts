import { Agency } from "../entities/agency/agency.schema.js";
import { Aggregate } from "../entities/aggregate/aggregate.schema.js";
import { ExchangeBundle } from "../entities/bundle/bundle.schema.js";
import { Case } from "../entities/case/case.schema.js";
import { CriminalGroup } from "../entities/criminal-group/criminal-group.schema.js";
import { FinancialInquiry } from "../entities/financial-inquiry/financial-inquiry.schema.js";
import { HelplineContact } from "../entities/helpline-contact/helpline-contact.schema.js";
import { LegalAssistanceRequest } from "../entities/legal-assistance-request/legal-assistance-request.schema.js";
import { Operation } from "../entities/operation/operation.schema.js";
import { Perpetrator } from "../entities/perpetrator/perpetrator.schema.js";
import { PreventionActivity } from "../entities/prevention-activity/prevention-activity.schema.js";
import { ProtectionMeasure } from "../entities/protection-measure/protection-measure.schema.js";
import { Referral } from "../entities/referral/referral.schema.js";
import { Screening } from "../entities/screening/screening.schema.js";
import { SgbvIncident } from "../entities/sgbv-incident/sgbv-incident.schema.js";
import { Victim } from "../entities/victim/victim.schema.js";

/**
 * The schema of each record type, keyed by the value of `recordType`. The type is written out with `typeof`
 * so that the published declarations name each schema instead of repeating its whole zod type.
 */
export const ENTITIES: {
  readonly case: typeof Case;
  readonly victim: typeof Victim;
  readonly perpetrator: typeof Perpetrator;
  readonly agency: typeof Agency;
  readonly referral: typeof Referral;
  readonly aggregate: typeof Aggregate;
  readonly helplineContact: typeof HelplineContact;
  readonly screening: typeof Screening;
  readonly protectionMeasure: typeof ProtectionMeasure;
  readonly sgbvIncident: typeof SgbvIncident;
  readonly operation: typeof Operation;
  readonly financialInquiry: typeof FinancialInquiry;
  readonly legalAssistanceRequest: typeof LegalAssistanceRequest;
  readonly criminalGroup: typeof CriminalGroup;
  readonly preventionActivity: typeof PreventionActivity;
  readonly bundle: typeof ExchangeBundle;
} = {
  case: Case,
  victim: Victim,
  perpetrator: Perpetrator,
  agency: Agency,
  referral: Referral,
  aggregate: Aggregate,
  helplineContact: HelplineContact,
  screening: Screening,
  protectionMeasure: ProtectionMeasure,
  sgbvIncident: SgbvIncident,
  operation: Operation,
  financialInquiry: FinancialInquiry,
  legalAssistanceRequest: LegalAssistanceRequest,
  criminalGroup: CriminalGroup,
  preventionActivity: PreventionActivity,
  bundle: ExchangeBundle,
};

/** A value of `recordType`. */
export type RecordType = keyof typeof ENTITIES;

/** Every record type, in documentation order. */
export const RECORD_TYPES = Object.keys(ENTITIES) as RecordType[];

/** Whether a value names a record type of the model. */
export function isRecordType(value: unknown): value is RecordType {
  return typeof value === "string" && Object.hasOwn(ENTITIES, value);
}
