import type { RecordChecks } from "../../issues/record-checks.js";
import { financialInquiryCountrySites } from "../../rules/country-sites.generated.js";
import { formerCountryRule } from "../../rules/former-country.js";
import { financialInquiryRules } from "./financial-inquiry.rules.js";
import { FinancialInquiry } from "./financial-inquiry.schema.js";

/**
 * What checks a financial inquiry record: its schema and cross-field rules (with the former-country warning).
 */
export const financialInquiryChecks: RecordChecks<
  "financialInquiry",
  (typeof financialInquiryRules)[number]["code"] | "former_country_code"
> = {
  recordType: "financialInquiry",
  schema: FinancialInquiry,
  rules: [...financialInquiryRules, formerCountryRule("financialInquiry", financialInquiryCountrySites)],
};
