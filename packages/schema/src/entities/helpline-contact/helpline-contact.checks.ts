import type { RecordChecks } from "../../issues/record-checks.js";
import { helplineContactRules } from "./helpline-contact.rules.js";
import { HelplineContact } from "./helpline-contact.schema.js";

/** What checks a helpline contact record: its schema and cross-field rules. */
export const helplineContactChecks: RecordChecks<
  "helplineContact",
  (typeof helplineContactRules)[number]["code"]
> = {
  recordType: "helplineContact",
  schema: HelplineContact,
  rules: helplineContactRules,
};
