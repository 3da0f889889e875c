import type { RecordChecks } from "../../issues/record-checks.js";
import { screeningRules } from "./screening.rules.js";
import { Screening } from "./screening.schema.js";

/** What checks a screening record: its schema and cross-field rules. */
export const screeningChecks: RecordChecks<"screening", (typeof screeningRules)[number]["code"]> = {
  recordType: "screening",
  schema: Screening,
  rules: screeningRules,
};
