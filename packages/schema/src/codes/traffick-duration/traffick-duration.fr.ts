import type { CodeTexts } from "../define-code-list.js";
import type { traffickDuration } from "./traffick-duration.codes.js";

export const traffickDurationFr = {
  "0-12": { label: "Jusqu'à 12 mois", definition: "Durée de la traite de 12 mois ou moins." },
  "13-24": { label: "13 à 24 mois", definition: "Durée de la traite comprise entre 13 et 24 mois." },
  "25+": { label: "25 mois ou plus", definition: "Durée de la traite de 25 mois ou plus." },
} as const satisfies CodeTexts<typeof traffickDuration>;
