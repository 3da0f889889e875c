import type { CodeTexts } from "../define-code-list.js";
import type { residenceDecision } from "./residence-decision.codes.js";

export const residenceDecisionEs = {
  granted: { label: "Concedido", definition: "Se concedió el permiso o el período." },
  refused: { label: "Denegado", definition: "Se denegó el permiso o el período." },
  pending: { label: "Pendiente", definition: "Aún no hay decisión." },
} as const satisfies CodeTexts<typeof residenceDecision>;
