import { agencyExample } from "../entities/agency/agency.example.js";
import { aggregateExample } from "../entities/aggregate/aggregate.example.js";
import { bundleExample } from "../entities/bundle/bundle.example.js";
import { caseExample } from "../entities/case/case.example.js";
import { perpetratorExample } from "../entities/perpetrator/perpetrator.example.js";
import { referralExample } from "../entities/referral/referral.example.js";
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
} as const satisfies Record<RecordType, object>;
