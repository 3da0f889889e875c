import type { RecordChecks } from "../../issues/record-checks.js";
import { preventionActivityCountrySites } from "../../rules/country-sites.generated.js";
import { formerCountryRule } from "../../rules/former-country.js";
import { preventionActivityRules } from "./prevention-activity.rules.js";
import { PreventionActivity } from "./prevention-activity.schema.js";

/**
 * What checks a prevention activity record: its schema and cross-field rules (with the former-country warning).
 */
export const preventionActivityChecks: RecordChecks<
  "preventionActivity",
  (typeof preventionActivityRules)[number]["code"] | "former_country_code"
> = {
  recordType: "preventionActivity",
  schema: PreventionActivity,
  rules: [
    ...preventionActivityRules,
    formerCountryRule("preventionActivity", preventionActivityCountrySites),
  ],
};
