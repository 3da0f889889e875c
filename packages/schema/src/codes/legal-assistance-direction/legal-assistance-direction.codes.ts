import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** Whether the recording State sent a mutual legal assistance request or received it. */
export const legalAssistanceDirection = defineCodeList("legal_assistance_direction", {
  sent: {},
  received: {},
});

/** A code of the `legal_assistance_direction` list. */
export type LegalAssistanceDirectionCode = CodeOf<typeof legalAssistanceDirection>;
