import type { RecordChecks } from "../../issues/record-checks.js";
import { perpetratorCountrySites } from "../../rules/country-sites.generated.js";
import { formerCountryRule } from "../../rules/former-country.js";
import { perpetratorRules } from "./perpetrator.rules.js";
import { Perpetrator } from "./perpetrator.schema.js";

/**
 * What checks a perpetrator record: its schema and cross-field rules (with the former-country warning).
 */
export const perpetratorChecks: RecordChecks<
  "perpetrator",
  (typeof perpetratorRules)[number]["code"] | "former_country_code"
> = {
  recordType: "perpetrator",
  schema: Perpetrator,
  rules: [...perpetratorRules, formerCountryRule("perpetrator", perpetratorCountrySites)],
};
