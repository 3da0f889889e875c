import type { CodeTexts } from "../define-code-list.js";
import type { ageBand } from "./age-band.codes.js";

export const ageBandFr = {
  "0-8": { label: "0 à 8 ans", definition: "Âge compris entre 0 et 8 ans." },
  "9-17": { label: "9 à 17 ans", definition: "Âge compris entre 9 et 17 ans." },
  "18-20": { label: "18 à 20 ans", definition: "Âge compris entre 18 et 20 ans." },
  "21-23": { label: "21 à 23 ans", definition: "Âge compris entre 21 et 23 ans." },
  "24-26": { label: "24 à 26 ans", definition: "Âge compris entre 24 et 26 ans." },
  "27-29": { label: "27 à 29 ans", definition: "Âge compris entre 27 et 29 ans." },
  "30-38": { label: "30 à 38 ans", definition: "Âge compris entre 30 et 38 ans." },
  "39-47": { label: "39 à 47 ans", definition: "Âge compris entre 39 et 47 ans." },
  "48+": { label: "48 ans ou plus", definition: "Âge de 48 ans ou plus." },
} as const satisfies CodeTexts<typeof ageBand>;
