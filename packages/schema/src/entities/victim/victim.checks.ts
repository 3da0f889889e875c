import type { RecordChecks } from "../../issues/record-checks.js";
import { victimCountrySites } from "../../rules/country-sites.generated.js";
import { formerCountryRule } from "../../rules/former-country.js";
import { victimRules } from "./victim.rules.js";
import { Victim } from "./victim.schema.js";

/**
 * What checks a victim record: its schema and cross-field rules (with the former-country warning).
 */
export const victimChecks: RecordChecks<
  "victim",
  (typeof victimRules)[number]["code"] | "former_country_code"
> = {
  recordType: "victim",
  schema: Victim,
  rules: [...victimRules, formerCountryRule("victim", victimCountrySites)],
};
