import type { CodeTexts } from "../define-code-list.js";
import type { residenceDecision } from "./residence-decision.codes.js";

export const residenceDecisionEn = {
  granted: { label: "Granted", definition: "The permit or period was granted." },
  refused: { label: "Refused", definition: "The permit or period was refused." },
  pending: { label: "Pending", definition: "No decision yet." },
} as const satisfies CodeTexts<typeof residenceDecision>;
