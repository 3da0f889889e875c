import type { CodeTexts } from "../define-code-list.js";
import type { indicatorStrength } from "./indicator-strength.codes.js";

export const indicatorStrengthEs = {
  strong: { label: "Fuerte", definition: "El indicador apunta claramente a la trata." },
  medium: { label: "Medio", definition: "El indicador apunta a la trata con cierto peso." },
  weak: { label: "Débil", definition: "El indicador dice poco por sí solo; cuenta junto con otros." },
} as const satisfies CodeTexts<typeof indicatorStrength>;
