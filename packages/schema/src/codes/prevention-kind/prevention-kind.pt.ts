import type { CodeTexts } from "../define-code-list.js";
import type { preventionKind } from "./prevention-kind.codes.js";

export const preventionKindPt = {
  awareness_campaign: {
    label: "Campanha de conscientização",
    definition:
      "Campanha de informação ou na mídia para dar a conhecer o tráfico (art. 9.2 do Protocolo de Palermo).",
  },
  training: {
    label: "Capacitação",
    definition:
      "Capacitação de agentes públicos ou outras pessoas para prevenir o tráfico, identificar vítimas ou processar autores (art. 10.2 do Protocolo de Palermo).",
  },
  other: { label: "Outra", definition: "Outra atividade de prevenção." },
} as const satisfies CodeTexts<typeof preventionKind>;
