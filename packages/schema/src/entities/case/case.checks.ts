import type { RecordChecks } from "../../issues/record-checks.js";
import { formerCountryRule } from "../../rules/former-country.js";
import { caseRules } from "./case.rules.js";
import { Case } from "./case.schema.js";

/** What checks a case record: its schema and its cross-field rules (the former-country warning included). */
export const caseChecks = {
  recordType: "case",
  schema: Case,
  rules: [...caseRules, formerCountryRule("case", Case)],
} as const satisfies RecordChecks<"case">;
