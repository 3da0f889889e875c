import type { CodeTexts } from "../define-code-list.js";
import type { preventionKind } from "./prevention-kind.codes.js";

export const preventionKindEs = {
  awareness_campaign: {
    label: "Campaña de sensibilización",
    definition:
      "Campaña de información o en medios para dar a conocer la trata (art. 9.2 del Protocolo de Palermo).",
  },
  training: {
    label: "Capacitación",
    definition:
      "Capacitación de funcionarios u otras personas para prevenir la trata, identificar víctimas o enjuiciar a los autores (art. 10.2 del Protocolo de Palermo).",
  },
  other: { label: "Otra", definition: "Otra actividad de prevención." },
} as const satisfies CodeTexts<typeof preventionKind>;
