import type { RecordChecks } from "../../issues/record-checks.js";
import { formerCountryRule } from "../../rules/former-country.js";
import { protectionMeasureRules } from "./protection-measure.rules.js";
import { ProtectionMeasure } from "./protection-measure.schema.js";

/** What checks a protection measure record: its schema and its cross-field rules (the former-country warning included). */
export const protectionMeasureChecks = {
  recordType: "protectionMeasure",
  schema: ProtectionMeasure,
  rules: [...protectionMeasureRules, formerCountryRule("protectionMeasure", ProtectionMeasure)],
} as const satisfies RecordChecks<"protectionMeasure">;
