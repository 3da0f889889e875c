import { EXAMPLE_IDS } from "../../model/example-ids.js";
import type { CriminalGroup } from "./criminal-group.schema.js";

/** A fictitious organised criminal group (documentation and JSON Schema `examples`). */
export const criminalGroupExample = {
  recordType: "criminalGroup",
  id: EXAMPLE_IDS.criminalGroup,
  structure: "core_group",
  transnational: true,
  countries: ["TT", "VE"],
  offences: ["02042", "07041"],
  estimatedMembers: 9,
  assetActions: [{ action: "seized", value: 4000, currency: "USD", date: "2023-09-30" }],
  perpetratorIds: [EXAMPLE_IDS.perpetrator],
  caseIds: [EXAMPLE_IDS.case],
} as const satisfies CriminalGroup;
