import type { RecordChecks } from "../../issues/record-checks.js";
import { aggregateCountrySites } from "../../rules/country-sites.generated.js";
import { formerCountryRule } from "../../rules/former-country.js";
import { aggregateRules } from "./aggregate.rules.js";
import { Aggregate } from "./aggregate.schema.js";

/**
 * What checks an aggregate record: its schema and cross-field rules (with the former-country warning).
 */
export const aggregateChecks: RecordChecks<
  "aggregate",
  (typeof aggregateRules)[number]["code"] | "former_country_code"
> = {
  recordType: "aggregate",
  schema: Aggregate,
  rules: [...aggregateRules, formerCountryRule("aggregate", aggregateCountrySites)],
};
