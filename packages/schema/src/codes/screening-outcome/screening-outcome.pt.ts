import type { CodeTexts } from "../define-code-list.js";
import type { screeningOutcome } from "./screening-outcome.codes.js";

export const screeningOutcomePt = {
  presumed_victim: {
    label: "Presumível vítima",
    definition:
      "Os indicadores encontrados dão motivos razoáveis para tratar a pessoa como vítima de tráfico.",
  },
  not_a_victim: {
    label: "Não é vítima",
    definition: "A triagem não encontrou motivos para tratar a pessoa como vítima de tráfico.",
  },
  follow_up_needed: {
    label: "Requer acompanhamento",
    definition: "A triagem não pôde concluir; é preciso mais informação.",
  },
} as const satisfies CodeTexts<typeof screeningOutcome>;
