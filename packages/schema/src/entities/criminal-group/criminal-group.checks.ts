import type { RecordChecks } from "../../issues/record-checks.js";
import { criminalGroupCountrySites } from "../../rules/country-sites.generated.js";
import { formerCountryRule } from "../../rules/former-country.js";
import { criminalGroupRules } from "./criminal-group.rules.js";
import { CriminalGroup } from "./criminal-group.schema.js";

/**
 * What checks a criminal group record: its schema and cross-field rules (with the former-country warning).
 */
export const criminalGroupChecks: RecordChecks<
  "criminalGroup",
  (typeof criminalGroupRules)[number]["code"] | "former_country_code"
> = {
  recordType: "criminalGroup",
  schema: CriminalGroup,
  rules: [...criminalGroupRules, formerCountryRule("criminalGroup", criminalGroupCountrySites)],
};
