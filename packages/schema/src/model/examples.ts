import { agencyExample } from "../entities/agency/agency.example.js";
import { aggregateExample } from "../entities/aggregate/aggregate.example.js";
import { bundleExample } from "../entities/bundle/bundle.example.js";
import { caseExample } from "../entities/case/case.example.js";
import { helplineContactExample } from "../entities/helpline-contact/helpline-contact.example.js";
import { perpetratorExample } from "../entities/perpetrator/perpetrator.example.js";
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
  bundle: bundleExample,
  helplineContact: helplineContactExample,
  screening: screeningExample,
  protectionMeasure: protectionMeasureExample,
  sgbvIncident: sgbvIncidentExample,
} as const satisfies Record<RecordType, object>;
