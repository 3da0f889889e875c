import type { CodeTexts } from "../define-code-list.js";
import type { preventionKind } from "./prevention-kind.codes.js";

export const preventionKindFr = {
  awareness_campaign: {
    label: "Campagne de sensibilisation",
    definition:
      "Campagne d'information ou médiatique pour faire connaître la traite (art. 9.2 du Protocole de Palerme).",
  },
  training: {
    label: "Formation",
    definition:
      "Formation d'agents publics ou d'autres personnes pour prévenir la traite, identifier les victimes ou poursuivre les auteurs (art. 10.2 du Protocole de Palerme).",
  },
  other: { label: "Autre", definition: "Une autre activité de prévention." },
} as const satisfies CodeTexts<typeof preventionKind>;
