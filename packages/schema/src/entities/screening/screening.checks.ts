import type { RecordChecks } from "../../issues/record-checks.js";
import { screeningRules } from "./screening.rules.js";
import { Screening } from "./screening.schema.js";

/** What checks a screening record: its schema and its cross-field rules. */
export const screeningChecks = {
  recordType: "screening",
  schema: Screening,
  rules: screeningRules,
} as const satisfies RecordChecks<"screening">;
