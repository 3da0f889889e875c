import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** Where a mutual legal assistance request stands. */
export const legalAssistanceStatus = defineCodeList("legal_assistance_status", {
  pending: {},
  executed: {},
  partly_executed: {},
  refused: {},
  withdrawn: {},
});

/** A code of the `legal_assistance_status` list. */
export type LegalAssistanceStatusCode = CodeOf<typeof legalAssistanceStatus>;
