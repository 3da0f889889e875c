import { EXAMPLE_IDS } from "../../model/example-ids.js";
import type { HelplineContact } from "./helpline-contact.schema.js";

/** A fictitious helpline call that led to a victim record (documentation and JSON Schema `examples`). */
export const helplineContactExample = {
  recordType: "helplineContact",
  id: EXAMPLE_IDS.helplineContact,
  agencyId: EXAMPLE_IDS.agencyDestination,
  contactedAt: "2023-07-28T21:40:00-04:00",
  channel: "phone",
  language: "es",
  contactor: "victim",
  indicatorsRaised: ["retention_of_identity_documents", "withholding_of_wages"],
  outcome: "referred",
  victimId: EXAMPLE_IDS.victim,
  caseId: EXAMPLE_IDS.case,
} as const satisfies HelplineContact;
