import { assetValuesWithoutCurrency } from "../../common/asset-action.rules.js";
import { CLAUSES } from "../../common/criminal-justice.rules.js";
import { checkDatePair } from "../../rules/dates.js";
import { defineRule } from "../../rules/define-rule.js";
import type { FinancialInquiry } from "./financial-inquiry.schema.js";

const CLOSED_PATH = ["closedOn"] as const;

export const financialInquiryDatesOutOfOrder = defineRule({
  code: "dates_out_of_order",
  recordType: "financialInquiry",
  severity: "error",
  clause: "Chronology: an inquiry closes on or after the day it opens",
  fields: ["financialInquiry.openedOn", "financialInquiry.closedOn"],
  check(record: FinancialInquiry, found) {
    const { openedOn, closedOn } = record;
    checkDatePair(
      found,
      "financialInquiry.openedOn",
      openedOn,
      "financialInquiry.closedOn",
      closedOn,
      CLOSED_PATH,
    );
  },
});

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
