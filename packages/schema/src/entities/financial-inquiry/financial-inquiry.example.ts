import { EXAMPLE_IDS } from "../../model/example-ids.js";
import type { FinancialInquiry } from "./financial-inquiry.schema.js";

/** A fictitious parallel financial investigation (documentation and JSON Schema `examples`). */
export const financialInquiryExample = {
  recordType: "financialInquiry",
  id: EXAMPLE_IDS.financialInquiry,
  kind: "parallel_financial_investigation",
  openedOn: "2023-07-15",
  country: "TT",
  agencyId: EXAMPLE_IDS.agencyDestination,
  caseIds: [EXAMPLE_IDS.case],
  perpetratorIds: [EXAMPLE_IDS.perpetrator],
  criminalGroupIds: [EXAMPLE_IDS.criminalGroup],
  assetActions: [
    { action: "frozen", value: 25000, currency: "TTD", date: "2023-10-12" },
    { action: "confiscated", value: 18000, currency: "TTD", date: "2025-03-03" },
  ],
  outcome: "charges_brought",
} as const satisfies FinancialInquiry;
