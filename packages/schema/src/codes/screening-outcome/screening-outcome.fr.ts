import type { CodeTexts } from "../define-code-list.js";
import type { screeningOutcome } from "./screening-outcome.codes.js";

export const screeningOutcomeFr = {
  presumed_victim: {
    label: "Victime présumée",
    definition:
      "Les indicateurs relevés donnent des motifs raisonnables de traiter la personne comme victime de la traite.",
  },
  not_a_victim: {
    label: "Pas une victime",
    definition: "Le dépistage n'a relevé aucun motif de traiter la personne comme victime de la traite.",
  },
  follow_up_needed: {
    label: "Suivi nécessaire",
    definition: "Le dépistage n'a pas pu conclure ; il faut plus d'informations.",
  },
} as const satisfies CodeTexts<typeof screeningOutcome>;
