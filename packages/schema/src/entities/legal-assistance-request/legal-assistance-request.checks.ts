import type { RecordChecks } from "../../issues/record-checks.js";
import { formerCountryRule } from "../../rules/former-country.js";
import { legalAssistanceRequestRules } from "./legal-assistance-request.rules.js";
import { LegalAssistanceRequest } from "./legal-assistance-request.schema.js";

/** What checks a legal assistance request record: its schema and its cross-field rules (the former-country warning included). */
export const legalAssistanceRequestChecks = {
  recordType: "legalAssistanceRequest",
  schema: LegalAssistanceRequest,
  rules: [
    ...legalAssistanceRequestRules,
    formerCountryRule("legalAssistanceRequest", LegalAssistanceRequest),
  ],
} as const satisfies RecordChecks<"legalAssistanceRequest">;
