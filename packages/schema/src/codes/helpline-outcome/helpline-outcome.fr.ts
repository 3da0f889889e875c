import type { CodeTexts } from "../define-code-list.js";
import type { helplineOutcome } from "./helpline-outcome.codes.js";

export const helplineOutcomeFr = {
  referred: {
    label: "Orienté",
    definition: "La personne ou le signalement a été orienté vers un service ou une autorité.",
  },
  information_given: {
    label: "Information donnée",
    definition: "Des informations ou des conseils ont été donnés ; rien n'a été transmis.",
  },
  no_action: { label: "Aucune suite", definition: "Aucune action n'était nécessaire ou possible." },
  other: { label: "Autre", definition: "Une autre issue." },
} as const satisfies CodeTexts<typeof helplineOutcome>;
