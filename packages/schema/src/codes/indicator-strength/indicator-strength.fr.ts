import type { CodeTexts } from "../define-code-list.js";
import type { indicatorStrength } from "./indicator-strength.codes.js";

export const indicatorStrengthFr = {
  strong: { label: "Fort", definition: "L'indicateur désigne fortement la traite." },
  medium: { label: "Moyen", definition: "L'indicateur désigne la traite avec un certain poids." },
  weak: { label: "Faible", definition: "L'indicateur seul dit peu ; il compte avec d'autres." },
} as const satisfies CodeTexts<typeof indicatorStrength>;
