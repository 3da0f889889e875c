import { EXAMPLE_IDS } from "../../model/example-ids.js";
import type { Perpetrator } from "./perpetrator.schema.js";

/** A fictitious perpetrator record (documentation and JSON Schema `examples`). */
export const perpetratorExample = {
  recordType: "perpetrator",
  id: EXAMPLE_IDS.perpetrator,
  caseIds: [EXAMPLE_IDS.case],
  sex: "male",
  birthYear: 1985,
  citizenships: ["TT"],
  roles: ["recruiter_or_intermediary", "exploiter"],
  victimRelations: [{ victimId: EXAMPLE_IDS.victim, relation: "acquaintance" }],
  organisedCrime: "organised_criminal_group",
  proceedings: {
    stage: "convicted",
    charges: [{ iccs: "02042" }],
    prosecutionStartedOn: "2024-01-15",
    verdict: "convicted",
    verdictDate: "2025-03-03",
    penalties: [
      { type: "imprisonment", months: 96 },
      { type: "fine", amount: 50000, currency: "TTD" },
    ],
  },
} as const satisfies Perpetrator;
