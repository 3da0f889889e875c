import type { CodeTexts } from "../define-code-list.js";
import type { riskLevel } from "./risk-level.codes.js";

export const riskLevelEs = {
  low: { label: "Bajo", definition: "Es poco probable que ocurra un daño, o su impacto sería menor." },
  medium: {
    label: "Medio",
    definition: "Es posible que ocurra un daño y se requieren medidas de protección.",
  },
  high: {
    label: "Alto",
    definition: "Es probable un daño grave si no se toman medidas de protección inmediatas.",
  },
  unknown: { label: "Desconocido", definition: "El riesgo no se evaluó o no puede determinarse." },
} as const satisfies CodeTexts<typeof riskLevel>;
