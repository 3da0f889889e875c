import type { RecordChecks } from "../../issues/record-checks.js";
import { formerCountryRule } from "../../rules/former-country.js";
import { criminalGroupRules } from "./criminal-group.rules.js";
import { CriminalGroup } from "./criminal-group.schema.js";

/** What checks a criminal group record: its schema and its cross-field rules (the former-country warning included). */
export const criminalGroupChecks = {
  recordType: "criminalGroup",
  schema: CriminalGroup,
  rules: [...criminalGroupRules, formerCountryRule("criminalGroup", CriminalGroup)],
} as const satisfies RecordChecks<"criminalGroup">;
