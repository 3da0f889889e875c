import { EXAMPLE_IDS } from "../../model/example-ids.js";
import type { Operation } from "./operation.schema.js";

/** A fictitious joint investigation (documentation and JSON Schema `examples`). */
export const operationExample = {
  recordType: "operation",
  id: EXAMPLE_IDS.operation,
  kind: "joint_investigation_team",
  name: "Operation Example",
  leadAgencyId: EXAMPLE_IDS.agencyDestination,
  agencyIds: [EXAMPLE_IDS.agencyDestination, EXAMPLE_IDS.agencyOrigin],
  countries: ["TT", "VE"],
  startedOn: "2023-06-01",
  endedOn: "2023-09-30",
  personsIdentified: 7,
  arrests: 4,
  victimsRescued: 12,
  caseIds: [EXAMPLE_IDS.case],
  perpetratorIds: [EXAMPLE_IDS.perpetrator],
  criminalGroupIds: [EXAMPLE_IDS.criminalGroup],
} as const satisfies Operation;
