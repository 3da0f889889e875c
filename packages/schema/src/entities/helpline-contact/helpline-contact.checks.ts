import type { RecordChecks } from "../../issues/record-checks.js";
import { helplineContactRules } from "./helpline-contact.rules.js";
import { HelplineContact } from "./helpline-contact.schema.js";

/** What checks a helpline contact record: its schema and its cross-field rules. */
export const helplineContactChecks = {
  recordType: "helplineContact",
  schema: HelplineContact,
  rules: helplineContactRules,
} as const satisfies RecordChecks<"helplineContact">;
