import { EXAMPLE_IDS } from "../../model/example-ids.js";
import type { Referral } from "./referral.schema.js";

/** A fictitious cross-border referral (documentation and JSON Schema `examples`). */
export const referralExample = {
  recordType: "referral",
  id: EXAMPLE_IDS.referral,
  victimId: EXAMPLE_IDS.victim,
  caseId: EXAMPLE_IDS.case,
  from: { agencyId: EXAMPLE_IDS.agencyDestination, country: "TT" },
  to: { agencyId: EXAMPLE_IDS.agencyOrigin, country: "VE" },
  crossBorder: true,
  reasons: ["safe_return", "continued_assistance"],
  trmStage: "return_and_social_inclusion",
  servicesRequested: ["reintegration", "psychological_support"],
  consentId: EXAMPLE_IDS.consent,
  riskAssessment: {
    conductedOn: "2023-09-10",
    level: "medium",
    jointWithOrigin: true,
    lifeOrSafetyRisk: false,
  },
  sentOn: "2023-09-12",
  receivedOn: "2023-09-13",
  plannedArrivalOn: "2023-10-01",
  reflectionPeriodDays: 45,
  status: "accepted",
  statusHistory: [
    { status: "draft", at: "2023-09-11T14:00:00-04:00" },
    { status: "sent", at: "2023-09-12T09:30:00-04:00", byAgencyId: EXAMPLE_IDS.agencyDestination },
    { status: "received", at: "2023-09-13T10:00:00-04:00", byAgencyId: EXAMPLE_IDS.agencyOrigin },
    { status: "accepted", at: "2023-09-15T16:45:00-04:00", byAgencyId: EXAMPLE_IDS.agencyOrigin },
  ],
} as const satisfies Referral;
