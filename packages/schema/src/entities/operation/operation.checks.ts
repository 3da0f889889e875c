import type { RecordChecks } from "../../issues/record-checks.js";
import { operationCountrySites } from "../../rules/country-sites.generated.js";
import { formerCountryRule } from "../../rules/former-country.js";
import { operationRules } from "./operation.rules.js";
import { Operation } from "./operation.schema.js";

/**
 * What checks an operation record: its schema and cross-field rules (with the former-country warning).
 */
export const operationChecks: RecordChecks<
  "operation",
  (typeof operationRules)[number]["code"] | "former_country_code"
> = {
  recordType: "operation",
  schema: Operation,
  rules: [...operationRules, formerCountryRule("operation", operationCountrySites)],
};
