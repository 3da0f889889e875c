import type { RecordChecks } from "../../issues/record-checks.js";
import { sgbvIncidentCountrySites } from "../../rules/country-sites.generated.js";
import { formerCountryRule } from "../../rules/former-country.js";
import { sgbvIncidentRules } from "./sgbv-incident.rules.js";
import { SgbvIncident } from "./sgbv-incident.schema.js";

/**
 * What checks a SGBV incident record: its schema and cross-field rules (with the former-country warning).
 */
export const sgbvIncidentChecks: RecordChecks<
  "sgbvIncident",
  (typeof sgbvIncidentRules)[number]["code"] | "former_country_code"
> = {
  recordType: "sgbvIncident",
  schema: SgbvIncident,
  rules: [...sgbvIncidentRules, formerCountryRule("sgbvIncident", sgbvIncidentCountrySites)],
};
