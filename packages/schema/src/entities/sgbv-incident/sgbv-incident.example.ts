import { EXAMPLE_IDS } from "../../model/example-ids.js";
import type { SgbvIncident } from "./sgbv-incident.schema.js";

/** A fictitious incident on the route, known to the month (documentation and JSON Schema `examples`). */
export const sgbvIncidentExample = {
  recordType: "sgbvIncident",
  id: EXAMPLE_IDS.sgbvIncident,
  victimId: EXAMPLE_IDS.victim,
  caseId: EXAMPLE_IDS.case,
  type: "sexual_assault",
  date: "2022-10",
  dateApproximate: true,
  country: "VE",
  routeStage: "transit",
  perpetratorKinds: ["smuggler"],
  reported: false,
  servicesReceived: ["medical_care", "psychological_support"],
} as const satisfies SgbvIncident;
