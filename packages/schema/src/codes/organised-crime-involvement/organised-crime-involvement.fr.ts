import type { CodeTexts } from "../define-code-list.js";
import type { organisedCrimeInvolvement } from "./organised-crime-involvement.codes.js";

export const organisedCrimeInvolvementFr = {
  none: { label: "Aucune", definition: "Aucune implication de la criminalité organisée n'a été constatée." },
  individual: {
    label: "Auteur isolé",
    definition: "Commis par une personne, ou par quelques-unes agissant sans structure organisée.",
  },
  organised_criminal_group: {
    label: "Groupe criminel organisé",
    definition:
      "Groupe structuré de trois personnes ou plus agissant de concert dans la durée pour un avantage matériel.",
  },
  transnational_network: {
    label: "Réseau transnational",
    definition: "Groupe ou réseau organisé opérant au-delà des frontières nationales.",
  },
  unknown: { label: "Inconnu", definition: "Inconnu ou non évalué." },
} as const satisfies CodeTexts<typeof organisedCrimeInvolvement>;
