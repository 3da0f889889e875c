import { EXAMPLE_IDS } from "../../model/example-ids.js";
import type { PreventionActivity } from "./prevention-activity.schema.js";

/** A fictitious awareness campaign (documentation and JSON Schema `examples`). */
export const preventionActivityExample = {
  recordType: "preventionActivity",
  id: EXAMPLE_IDS.preventionActivity,
  kind: "awareness_campaign",
  title: "Know your rights before you travel",
  audiences: ["at_risk_groups", "general_public"],
  peopleReached: 120000,
  channels: ["radio", "online"],
  platforms: ["facebook", "whatsapp"],
  startedOn: "2024-07-30",
  endedOn: "2024-08-30",
  country: "TT",
  organiserAgencyId: EXAMPLE_IDS.agencyDestination,
} as const satisfies PreventionActivity;
