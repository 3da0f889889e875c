import type { CodeTexts } from "../define-code-list.js";
import type { compensationSource } from "./compensation-source.codes.js";

export const compensationSourceFr = {
  court_order: {
    label: "Décision de justice",
    definition: "Ordonnée par une juridiction pénale, civile ou du travail.",
  },
  state_fund: {
    label: "Fonds public",
    definition: "Versée par un fonds public d'indemnisation des victimes.",
  },
  settlement: { label: "Transaction", definition: "Convenue avec l'auteur ou l'employeur hors du tribunal." },
  other: { label: "Autre", definition: "Une autre source." },
} as const satisfies CodeTexts<typeof compensationSource>;
