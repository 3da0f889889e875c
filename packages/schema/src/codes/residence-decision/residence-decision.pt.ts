import type { CodeTexts } from "../define-code-list.js";
import type { residenceDecision } from "./residence-decision.codes.js";

export const residenceDecisionPt = {
  granted: { label: "Concedido", definition: "A autorização ou o período foi concedido." },
  refused: { label: "Negado", definition: "A autorização ou o período foi negado." },
  pending: { label: "Pendente", definition: "Ainda sem decisão." },
} as const satisfies CodeTexts<typeof residenceDecision>;
