import type { RecordChecks } from "../../issues/record-checks.js";
import { formerCountryRule } from "../../rules/former-country.js";
import { operationRules } from "./operation.rules.js";
import { Operation } from "./operation.schema.js";

/** What checks a operation record: its schema and its cross-field rules (the former-country warning included). */
export const operationChecks = {
  recordType: "operation",
  schema: Operation,
  rules: [...operationRules, formerCountryRule("operation", Operation)],
} as const satisfies RecordChecks<"operation">;
