import type { CodeTexts } from "../define-code-list.js";
import type { tlp } from "./tlp.codes.js";

export const tlpFr = {
  RED: {
    label: "TLP:RED",
    definition:
      "Réservé aux seuls destinataires nommément désignés ; ne peut être transmis à personne d'autre.",
  },
  "AMBER+STRICT": {
    label: "TLP:AMBER+STRICT",
    definition:
      "Ne peut être partagé qu'au sein de l'organisation destinataire, avec ceux qui ont besoin d'en connaître.",
  },
  AMBER: {
    label: "TLP:AMBER",
    definition:
      "Peut être partagé au sein de l'organisation destinataire et avec ses clients, avec ceux qui ont besoin d'en connaître.",
  },
  GREEN: {
    label: "TLP:GREEN",
    definition:
      "Peut être partagé au sein de la communauté du destinataire, mais pas par des canaux accessibles au public.",
  },
  CLEAR: {
    label: "TLP:CLEAR",
    definition:
      "Aucune limite de diffusion ; peut être rendu public, sous réserve des autres règles de droit.",
  },
} as const satisfies CodeTexts<typeof tlp>;
