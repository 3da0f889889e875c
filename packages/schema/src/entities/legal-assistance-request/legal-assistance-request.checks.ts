import type { RecordChecks } from "../../issues/record-checks.js";
import { legalAssistanceRequestCountrySites } from "../../rules/country-sites.generated.js";
import { formerCountryRule } from "../../rules/former-country.js";
import { legalAssistanceRequestRules } from "./legal-assistance-request.rules.js";
import { LegalAssistanceRequest } from "./legal-assistance-request.schema.js";

/**
 * What checks a legal assistance request record: its schema and cross-field rules (with the former-country warning).
 */
export const legalAssistanceRequestChecks: RecordChecks<
  "legalAssistanceRequest",
  (typeof legalAssistanceRequestRules)[number]["code"] | "former_country_code"
> = {
  recordType: "legalAssistanceRequest",
  schema: LegalAssistanceRequest,
  rules: [
    ...legalAssistanceRequestRules,
    formerCountryRule("legalAssistanceRequest", legalAssistanceRequestCountrySites),
  ],
};
