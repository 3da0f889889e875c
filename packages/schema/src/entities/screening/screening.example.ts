import { EXAMPLE_IDS } from "../../model/example-ids.js";
import type { Screening } from "./screening.schema.js";

/** A fictitious screening after a helpline call (documentation and JSON Schema `examples`). */
export const screeningExample = {
  recordType: "screening",
  id: EXAMPLE_IDS.screening,
  agencyId: EXAMPLE_IDS.agencyDestination,
  screenedOn: "2023-07-31",
  tool: "ilo_forced_labour_indicators",
  indicators: [
    { indicator: "retention_of_identity_documents", strength: "strong" },
    { indicator: "debt_bondage", strength: "strong" },
    { indicator: "isolation", strength: "medium" },
  ],
  outcome: "presumed_victim",
  helplineContactId: EXAMPLE_IDS.helplineContact,
  victimId: EXAMPLE_IDS.victim,
} as const satisfies Screening;
