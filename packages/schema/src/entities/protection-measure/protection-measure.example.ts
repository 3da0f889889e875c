import { EXAMPLE_IDS } from "../../model/example-ids.js";
import type { ProtectionMeasure } from "./protection-measure.schema.js";

/** A fictitious compensation ordered by a court and paid (documentation and JSON Schema `examples`). */
export const protectionMeasureExample = {
  recordType: "protectionMeasure",
  id: EXAMPLE_IDS.protectionMeasure,
  kind: "compensation",
  victimId: EXAMPLE_IDS.victim,
  caseId: EXAMPLE_IDS.case,
  agencyId: EXAMPLE_IDS.agencyDestination,
  compensation: {
    source: "court_order",
    awarded: true,
    awardedOn: "2024-03-12",
    amountAwarded: 45000,
    paid: true,
    paidOn: "2024-06-30",
    amountPaid: 45000,
    currency: "TTD",
  },
} as const satisfies ProtectionMeasure;
