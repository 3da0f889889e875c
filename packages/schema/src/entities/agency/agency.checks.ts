import type { RecordChecks } from "../../issues/record-checks.js";
import { formerCountryRule } from "../../rules/former-country.js";
import { agencyRules } from "./agency.rules.js";
import { Agency } from "./agency.schema.js";

/** What checks a agency record: its schema and its cross-field rules (the former-country warning included). */
export const agencyChecks = {
  recordType: "agency",
  schema: Agency,
  rules: [...agencyRules, formerCountryRule("agency", Agency)],
} as const satisfies RecordChecks<"agency">;
