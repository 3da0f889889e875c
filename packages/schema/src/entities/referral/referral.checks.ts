import type { RecordChecks } from "../../issues/record-checks.js";
import { referralCountrySites } from "../../rules/country-sites.generated.js";
import { formerCountryRule } from "../../rules/former-country.js";
import { referralRules } from "./referral.rules.js";
import { Referral } from "./referral.schema.js";

/**
 * What checks a referral record: its schema and cross-field rules (with the former-country warning).
 */
export const referralChecks: RecordChecks<
  "referral",
  (typeof referralRules)[number]["code"] | "former_country_code"
> = {
  recordType: "referral",
  schema: Referral,
  rules: [...referralRules, formerCountryRule("referral", referralCountrySites)],
};
