import type { CodeTexts } from "../define-code-list.js";
import type { financialInquiryKind } from "./financial-inquiry-kind.codes.js";

export const financialInquiryKindEn = {
  suspicious_transaction_report: {
    label: "Suspicious transaction report",
    definition:
      "A report by a bank or other obliged entity to the financial intelligence unit of a transaction it suspects is linked to trafficking.",
  },
  financial_intelligence_report: {
    label: "Financial intelligence report",
    definition:
      "An analysis disseminated by the financial intelligence unit to investigators or prosecutors.",
  },
  money_laundering_investigation: {
    label: "Money-laundering investigation",
    definition: "A criminal investigation of the laundering of proceeds of trafficking.",
  },
  parallel_financial_investigation: {
    label: "Parallel financial investigation",
    definition:
      "A financial investigation run alongside the trafficking investigation to trace the offenders' assets.",
  },
} as const satisfies CodeTexts<typeof financialInquiryKind>;
