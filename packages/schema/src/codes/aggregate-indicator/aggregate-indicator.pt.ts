import type { CodeTexts } from "../define-code-list.js";
import type { aggregateIndicator } from "./aggregate-indicator.codes.js";

export const aggregateIndicatorPt = {
  detected_victims: {
    label: "Vítimas de tráfico detectadas",
    definition:
      "Pessoas identificadas como vítimas de tráfico pelas autoridades ou outras entidades no período.",
  },
  persons_formal_contact: {
    label: "Pessoas em contacto formal",
    definition:
      "Pessoas suspeitas, detidas ou advertidas por tráfico de pessoas: em contacto formal com a polícia ou o sistema de justiça penal.",
  },
  persons_prosecuted: {
    label: "Pessoas processadas",
    definition: "Pessoas processadas por tráfico de pessoas no período.",
  },
  persons_convicted: {
    label: "Pessoas condenadas",
    definition: "Pessoas condenadas por tráfico de pessoas no período.",
  },
  offences: {
    label: "Crimes de tráfico de pessoas",
    definition: "Crimes de tráfico de pessoas registados pela polícia no período.",
  },
} as const satisfies CodeTexts<typeof aggregateIndicator>;
