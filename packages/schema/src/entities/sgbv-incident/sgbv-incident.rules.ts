import { defineRule } from "../../rules/define-rule.js";
import type { SgbvIncident } from "./sgbv-incident.schema.js";

export const unknownPerpetratorWithOthers = defineRule({
  code: "perpetrator_unknown_with_others",
  recordType: "sgbvIncident",
  severity: "error",
  clause: "A perpetrator kind is either known or unknown: “unknown” stands alone",
  fields: ["sgbvIncident.perpetratorKinds"],
  check(incident: SgbvIncident, found) {
    const kinds = incident.perpetratorKinds;
    if (kinds !== undefined && kinds.length > 1 && kinds.includes("unknown"))
      found.push({ path: ["perpetratorKinds"], params: { field: "sgbvIncident.perpetratorKinds" } });
  },
});

/** Every cross-field rule of an SGBV incident record. */
export const sgbvIncidentRules = [unknownPerpetratorWithOthers] as const;
