import type { CodeTexts } from "../define-code-list.js";
import type { riskLevel } from "./risk-level.codes.js";

export const riskLevelFr = {
  low: { label: "Faible", definition: "Un préjudice est peu probable, ou son impact serait mineur." },
  medium: { label: "Moyen", definition: "Un préjudice est possible et appelle des mesures de protection." },
  high: {
    label: "Élevé",
    definition: "Un préjudice grave est probable sans mesures de protection immédiates.",
  },
  unknown: { label: "Inconnu", definition: "Le risque n'a pas été évalué ou ne peut pas être déterminé." },
} as const satisfies CodeTexts<typeof riskLevel>;
