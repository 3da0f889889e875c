import type { CodeTexts } from "../define-code-list.js";
import type { aggregateBreakdown } from "./aggregate-breakdown.codes.js";

export const aggregateBreakdownFr = {
  total: { label: "Total", definition: "Le chiffre n'est ventilé par aucune catégorie." },
  exploitation_form: {
    label: "Par forme d'exploitation",
    definition: "Le chiffre compte une forme d'exploitation.",
  },
  citizenship: { label: "Par nationalité", definition: "Le chiffre compte des personnes d'une nationalité." },
  country_of_repatriation: {
    label: "Par pays de rapatriement",
    definition: "Le chiffre compte des victimes rapatriées vers ou depuis un pays.",
  },
} as const satisfies CodeTexts<typeof aggregateBreakdown>;
