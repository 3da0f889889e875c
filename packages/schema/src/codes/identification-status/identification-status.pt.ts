import type { CodeTexts } from "../define-code-list.js";
import type { identificationStatus } from "./identification-status.codes.js";

export const identificationStatusPt = {
  presumed: {
    label: "Vítima presumida",
    definition:
      "Há motivos razoáveis para crer que a pessoa é vítima, enquanto se aguarda uma decisão formal.",
  },
  identified: {
    label: "Vítima identificada",
    definition: "Um órgão competente decidiu formalmente que a pessoa é vítima de tráfico de pessoas.",
  },
  not_a_victim: {
    label: "Não é vítima",
    definition: "Após avaliação, concluiu-se que a pessoa não é vítima de tráfico de pessoas.",
  },
} as const satisfies CodeTexts<typeof identificationStatus>;
