import type { CodeTexts } from "../define-code-list.js";
import type { aggregateBreakdown } from "./aggregate-breakdown.codes.js";

export const aggregateBreakdownEs = {
  total: { label: "Total", definition: "La cifra no está desglosada por ninguna categoría." },
  exploitation_form: {
    label: "Por forma de explotación",
    definition: "La cifra cuenta una forma de explotación.",
  },
  citizenship: { label: "Por nacionalidad", definition: "La cifra cuenta personas de una nacionalidad." },
  country_of_repatriation: {
    label: "Por país de repatriación",
    definition: "La cifra cuenta víctimas repatriadas a o desde un país.",
  },
} as const satisfies CodeTexts<typeof aggregateBreakdown>;
