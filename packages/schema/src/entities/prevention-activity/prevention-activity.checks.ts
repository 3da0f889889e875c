import type { RecordChecks } from "../../issues/record-checks.js";
import { formerCountryRule } from "../../rules/former-country.js";
import { preventionActivityRules } from "./prevention-activity.rules.js";
import { PreventionActivity } from "./prevention-activity.schema.js";

/** What checks a prevention activity record: its schema and its cross-field rules (the former-country warning included). */
export const preventionActivityChecks = {
  recordType: "preventionActivity",
  schema: PreventionActivity,
  rules: [...preventionActivityRules, formerCountryRule("preventionActivity", PreventionActivity)],
} as const satisfies RecordChecks<"preventionActivity">;
