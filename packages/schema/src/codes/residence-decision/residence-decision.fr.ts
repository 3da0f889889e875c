import type { CodeTexts } from "../define-code-list.js";
import type { residenceDecision } from "./residence-decision.codes.js";

export const residenceDecisionFr = {
  granted: { label: "Accordé", definition: "Le titre ou le délai a été accordé." },
  refused: { label: "Refusé", definition: "Le titre ou le délai a été refusé." },
  pending: { label: "En attente", definition: "Pas encore de décision." },
} as const satisfies CodeTexts<typeof residenceDecision>;
