import type { CodeTexts } from "../define-code-list.js";
import type { legalAssistanceStatus } from "./legal-assistance-status.codes.js";

export const legalAssistanceStatusEn = {
  pending: { label: "Pending", definition: "The request has not yet been answered." },
  executed: { label: "Executed", definition: "The requested State carried out everything asked." },
  partly_executed: {
    label: "Partly executed",
    definition: "The requested State carried out part of what was asked.",
  },
  refused: { label: "Refused", definition: "The requested State refused the request." },
  withdrawn: { label: "Withdrawn", definition: "The requesting State withdrew the request." },
} as const satisfies CodeTexts<typeof legalAssistanceStatus>;
