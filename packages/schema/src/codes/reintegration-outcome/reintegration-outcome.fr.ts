import type { CodeTexts } from "../define-code-list.js";
import type { reintegrationOutcome } from "./reintegration-outcome.codes.js";

export const reintegrationOutcomeFr = {
  reintegrated: { label: "Réintégrée", definition: "La personne est installée, en sécurité et autonome." },
  in_progress: { label: "En cours", definition: "L'accompagnement à la réintégration se poursuit." },
  re_trafficked: {
    label: "De nouveau victime de la traite",
    definition: "La personne a de nouveau été victime de la traite.",
  },
  lost_contact: { label: "Contact perdu", definition: "Le service a perdu le contact avec la personne." },
  declined: { label: "Accompagnement refusé", definition: "La personne a refusé tout autre accompagnement." },
  other: { label: "Autre", definition: "Une autre issue." },
} as const satisfies CodeTexts<typeof reintegrationOutcome>;
