import { AGENCY_SPECS } from "./specs/agency.specs.js";
import { AGGREGATE_SPECS } from "./specs/aggregate.specs.js";
import { ANY_SPECS } from "./specs/any.specs.js";
import { BUNDLE_SPECS } from "./specs/bundle.specs.js";
import { CASE_SPECS } from "./specs/case.specs.js";
import { COMMON_SPECS } from "./specs/common.specs.js";
import { CRIMINAL_GROUP_SPECS } from "./specs/criminal-group.specs.js";
import { FINANCIAL_INQUIRY_SPECS } from "./specs/financial-inquiry.specs.js";
import { HELPLINE_CONTACT_SPECS } from "./specs/helpline-contact.specs.js";
import { LEGAL_ASSISTANCE_REQUEST_SPECS } from "./specs/legal-assistance-request.specs.js";
import { OPERATION_SPECS } from "./specs/operation.specs.js";
import { PERPETRATOR_SPECS } from "./specs/perpetrator.specs.js";
import { PREVENTION_ACTIVITY_SPECS } from "./specs/prevention-activity.specs.js";
import { PROFILE_SPECS } from "./specs/profile.specs.js";
import { PROTECTION_MEASURE_SPECS } from "./specs/protection-measure.specs.js";
import { REFERRAL_SPECS } from "./specs/referral.specs.js";
import { SCREENING_SPECS } from "./specs/screening.specs.js";
import { SGBV_INCIDENT_SPECS } from "./specs/sgbv-incident.specs.js";
import { VICTIM_SPECS } from "./specs/victim.specs.js";
import type { VectorSpec } from "./vector.js";

/** Every conformance vector: what it starts from, the patch applied, and the issues expected. */
export const VECTOR_SPECS: readonly VectorSpec[] = [
  ...COMMON_SPECS,
  ...CASE_SPECS,
  ...VICTIM_SPECS,
  ...PERPETRATOR_SPECS,
  ...AGENCY_SPECS,
  ...REFERRAL_SPECS,
  ...AGGREGATE_SPECS,
  ...OPERATION_SPECS,
  ...FINANCIAL_INQUIRY_SPECS,
  ...LEGAL_ASSISTANCE_REQUEST_SPECS,
  ...CRIMINAL_GROUP_SPECS,
  ...PREVENTION_ACTIVITY_SPECS,
  ...BUNDLE_SPECS,
  ...ANY_SPECS,
  ...PROFILE_SPECS,
  ...HELPLINE_CONTACT_SPECS,
  ...SCREENING_SPECS,
  ...PROTECTION_MEASURE_SPECS,
  ...SGBV_INCIDENT_SPECS,
];
