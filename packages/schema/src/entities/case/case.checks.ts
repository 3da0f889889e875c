import type { RecordChecks } from "../../issues/record-checks.js";
import { caseCountrySites } from "../../rules/country-sites.generated.js";
import { formerCountryRule } from "../../rules/former-country.js";
import { caseRules } from "./case.rules.js";
import { Case } from "./case.schema.js";

/**
 * What checks a case record: its schema and cross-field rules (with the former-country warning).
 */
export const caseChecks: RecordChecks<"case", (typeof caseRules)[number]["code"] | "former_country_code"> = {
  recordType: "case",
  schema: Case,
  rules: [...caseRules, formerCountryRule("case", caseCountrySites)],
};
