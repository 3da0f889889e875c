import type { RecordChecks } from "../../issues/record-checks.js";
import { formerCountryRule } from "../../rules/former-country.js";
import { financialInquiryRules } from "./financial-inquiry.rules.js";
import { FinancialInquiry } from "./financial-inquiry.schema.js";

/** What checks a financial inquiry record: its schema and its cross-field rules (the former-country warning included). */
export const financialInquiryChecks = {
  recordType: "financialInquiry",
  schema: FinancialInquiry,
  rules: [...financialInquiryRules, formerCountryRule("financialInquiry", FinancialInquiry)],
} as const satisfies RecordChecks<"financialInquiry">;
