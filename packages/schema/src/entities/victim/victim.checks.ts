import type { RecordChecks } from "../../issues/record-checks.js";
import { formerCountryRule } from "../../rules/former-country.js";
import { victimRules } from "./victim.rules.js";
import { Victim } from "./victim.schema.js";

/** What checks a victim record: its schema and its cross-field rules (the former-country warning included). */
export const victimChecks = {
  recordType: "victim",
  schema: Victim,
  rules: [...victimRules, formerCountryRule("victim", Victim)],
} as const satisfies RecordChecks<"victim">;
