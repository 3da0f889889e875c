import type { RecordChecks } from "../../issues/record-checks.js";
import { formerCountryRule } from "../../rules/former-country.js";
import { perpetratorRules } from "./perpetrator.rules.js";
import { Perpetrator } from "./perpetrator.schema.js";

/** What checks a perpetrator record: its schema and its cross-field rules (the former-country warning included). */
export const perpetratorChecks = {
  recordType: "perpetrator",
  schema: Perpetrator,
  rules: [...perpetratorRules, formerCountryRule("perpetrator", Perpetrator)],
} as const satisfies RecordChecks<"perpetrator">;
