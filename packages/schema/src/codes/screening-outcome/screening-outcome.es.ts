import type { CodeTexts } from "../define-code-list.js";
import type { screeningOutcome } from "./screening-outcome.codes.js";

export const screeningOutcomeEs = {
  presumed_victim: {
    label: "Presunta víctima",
    definition:
      "Los indicadores hallados dan motivos razonables para tratar a la persona como víctima de trata.",
  },
  not_a_victim: {
    label: "No es víctima",
    definition: "La evaluación no halló motivos para tratar a la persona como víctima de trata.",
  },
  follow_up_needed: {
    label: "Requiere seguimiento",
    definition: "La evaluación no pudo concluir; hace falta más información.",
  },
} as const satisfies CodeTexts<typeof screeningOutcome>;
