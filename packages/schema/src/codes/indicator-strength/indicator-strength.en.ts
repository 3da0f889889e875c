import type { CodeTexts } from "../define-code-list.js";
import type { indicatorStrength } from "./indicator-strength.codes.js";

export const indicatorStrengthEn = {
  strong: { label: "Strong", definition: "The indicator points strongly at trafficking." },
  medium: { label: "Medium", definition: "The indicator points at trafficking with some weight." },
  weak: { label: "Weak", definition: "The indicator alone says little; it counts with others." },
} as const satisfies CodeTexts<typeof indicatorStrength>;
