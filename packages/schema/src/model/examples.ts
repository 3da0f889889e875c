import { agencyExample } from "../entities/agency/agency.example.js";
import { aggregateExample } from "../entities/aggregate/aggregate.example.js";
import { bundleExample } from "../entities/bundle/bundle.example.js";
import { caseExample } from "../entities/case/case.example.js";
import { criminalGroupExample } from "../entities/criminal-group/criminal-group.example.js";
import { financialInquiryExample } from "../entities/financial-inquiry/financial-inquiry.example.js";
import { helplineContactExample } from "../entities/helpline-contact/helpline-contact.example.js";
import { legalAssistanceRequestExample } from "../entities/legal-assistance-request/legal-assistance-request.example.js";
import { operationExample } from "../entities/operation/operation.example.js";
import { perpetratorExample } from "../entities/perpetrator/perpetrator.example.js";
import { preventionActivityExample } from "../entities/prevention-activity/prevention-activity.example.js";
import { protectionMeasureExample } from "../entities/protection-measure/protection-measure.example.js";
import { referralExample } from "../entities/referral/referral.example.js";
import { screeningExample } from "../entities/screening/screening.example.js";
import { sgbvIncidentExample } from "../entities/sgbv-incident/sgbv-incident.example.js";
import { victimExample } from "../entities/victim/victim.example.js";
import type { RecordType } from "./entities.js";

/** One fictitious, valid, fully filled record per record type: documentation, schema examples, test vectors. */
export const EXAMPLES = {
  case: caseExample,
  victim: victimExample,
  perpetrator: perpetratorExample,
  agency: agencyExample,
  referral: referralExample,
  aggregate: aggregateExample,
  operation: operationExample,
  financialInquiry: financialInquiryExample,
  legalAssistanceRequest: legalAssistanceRequestExample,
  criminalGroup: criminalGroupExample,
  preventionActivity: preventionActivityExample,
  bundle: bundleExample,
  helplineContact: helplineContactExample,
  screening: screeningExample,
  protectionMeasure: protectionMeasureExample,
  sgbvIncident: sgbvIncidentExample,
} as const satisfies Record<RecordType, object>;
