import type { RecordChecks } from "../../issues/record-checks.js";
import { protectionMeasureCountrySites } from "../../rules/country-sites.generated.js";
import { formerCountryRule } from "../../rules/former-country.js";
import { protectionMeasureRules } from "./protection-measure.rules.js";
import { ProtectionMeasure } from "./protection-measure.schema.js";

/**
 * What checks a protection measure record: its schema and cross-field rules (with the former-country warning).
 */
export const protectionMeasureChecks: RecordChecks<
  "protectionMeasure",
  (typeof protectionMeasureRules)[number]["code"] | "former_country_code"
> = {
  recordType: "protectionMeasure",
  schema: ProtectionMeasure,
  rules: [...protectionMeasureRules, formerCountryRule("protectionMeasure", protectionMeasureCountrySites)],
};
