import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** Where a financial inquiry stands or how it ended. */
export const financialInquiryOutcome = defineCodeList("financial_inquiry_outcome", {
  ongoing: {},
  disseminated: {},
  charges_brought: {},
  conviction: {},
  closed_without_action: {},
  other: {},
});

/** A code of the `financial_inquiry_outcome` list. */
export type FinancialInquiryOutcomeCode = CodeOf<typeof financialInquiryOutcome>;
