import type { RecordChecks } from "../../issues/record-checks.js";
import { formerCountryRule } from "../../rules/former-country.js";
import { sgbvIncidentRules } from "./sgbv-incident.rules.js";
import { SgbvIncident } from "./sgbv-incident.schema.js";

/** What checks a sgbv incident record: its schema and its cross-field rules (the former-country warning included). */
export const sgbvIncidentChecks = {
  recordType: "sgbvIncident",
  schema: SgbvIncident,
  rules: [...sgbvIncidentRules, formerCountryRule("sgbvIncident", SgbvIncident)],
} as const satisfies RecordChecks<"sgbvIncident">;
