import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** Kind of financial inquiry into trafficking proceeds: a report to or from a financial intelligence unit (FATF Recommendations 20 and 29), or an investigation of money laundering or of the finances of an offence (FATF Recommendation 30). */
export const financialInquiryKind = defineCodeList("financial_inquiry_kind", {
  suspicious_transaction_report: {},
  financial_intelligence_report: {},
  money_laundering_investigation: {},
  parallel_financial_investigation: {},
});

/** A code of the `financial_inquiry_kind` list. */
export type FinancialInquiryKindCode = CodeOf<typeof financialInquiryKind>;
