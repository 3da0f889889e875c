import type { CodeTexts } from "../define-code-list.js";
import type { aggregateBreakdown } from "./aggregate-breakdown.codes.js";

export const aggregateBreakdownPt = {
  total: { label: "Total", definition: "O número não está desagregado por nenhuma categoria." },
  exploitation_form: {
    label: "Por forma de exploração",
    definition: "O número conta uma forma de exploração.",
  },
  citizenship: { label: "Por nacionalidade", definition: "O número conta pessoas de uma nacionalidade." },
  country_of_repatriation: {
    label: "Por país de repatriamento",
    definition: "O número conta vítimas repatriadas para ou de um país.",
  },
} as const satisfies CodeTexts<typeof aggregateBreakdown>;
