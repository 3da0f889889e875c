import { assetValuesWithoutCurrency } from "../../common/asset-action.rules.js";
import { CLAUSES } from "../../common/criminal-justice.rules.js";
import { datePairRule } from "../../rules/dates.js";
import { defineRule } from "../../rules/define-rule.js";
import type { FinancialInquiry } from "./financial-inquiry.schema.js";

export const financialInquiryDatesOutOfOrder = datePairRule<FinancialInquiry>(
  "financialInquiry",
  "Chronology: an inquiry closes on or after the day it opens",
  "openedOn",
  "closedOn",
);

export const financialInquiryAmountWithoutCurrency = defineRule({
  code: "amount_without_currency",
  recordType: "financialInquiry",
  severity: "error",
  clause: CLAUSES.currency,
  fields: ["assetAction.value", "assetAction.currency"],
  check: (record: FinancialInquiry, found) => assetValuesWithoutCurrency(record.assetActions, found),
});

/** Every cross-field rule of a financial inquiry record. */
export const financialInquiryRules = [
  financialInquiryDatesOutOfOrder,
  financialInquiryAmountWithoutCurrency,
] as const;
