import type { RecordChecks } from "../../issues/record-checks.js";
import { formerCountryRule } from "../../rules/former-country.js";
import { aggregateRules } from "./aggregate.rules.js";
import { Aggregate } from "./aggregate.schema.js";

/** What checks a aggregate record: its schema and its cross-field rules (the former-country warning included). */
export const aggregateChecks = {
  recordType: "aggregate",
  schema: Aggregate,
  rules: [...aggregateRules, formerCountryRule("aggregate", Aggregate)],
} as const satisfies RecordChecks<"aggregate">;
