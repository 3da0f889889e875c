import type { CodeTexts } from "../define-code-list.js";
import type { identificationStatus } from "./identification-status.codes.js";

export const identificationStatusFr = {
  presumed: {
    label: "Victime présumée",
    definition:
      "Il existe des motifs raisonnables de croire que la personne est victime, dans l'attente d'une décision formelle.",
  },
  identified: {
    label: "Victime identifiée",
    definition: "Un organisme compétent a formellement établi que la personne est victime de la traite.",
  },
  not_a_victim: {
    label: "Non victime",
    definition: "Après évaluation, il a été établi que la personne n'est pas victime de la traite.",
  },
} as const satisfies CodeTexts<typeof identificationStatus>;
