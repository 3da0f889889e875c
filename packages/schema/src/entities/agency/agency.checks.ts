import type { RecordChecks } from "../../issues/record-checks.js";
import { agencyCountrySites } from "../../rules/country-sites.generated.js";
import { formerCountryRule } from "../../rules/former-country.js";
import { agencyRules } from "./agency.rules.js";
import { Agency } from "./agency.schema.js";

/**
 * What checks an agency record: its schema and cross-field rules (with the former-country warning).
 */
export const agencyChecks: RecordChecks<
  "agency",
  (typeof agencyRules)[number]["code"] | "former_country_code"
> = {
  recordType: "agency",
  schema: Agency,
  rules: [...agencyRules, formerCountryRule("agency", agencyCountrySites)],
};
