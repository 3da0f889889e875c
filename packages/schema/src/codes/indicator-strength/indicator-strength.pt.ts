import type { CodeTexts } from "../define-code-list.js";
import type { indicatorStrength } from "./indicator-strength.codes.js";

export const indicatorStrengthPt = {
  strong: { label: "Forte", definition: "O indicador aponta fortemente para o tráfico." },
  medium: { label: "Médio", definition: "O indicador aponta para o tráfico com certo peso." },
  weak: { label: "Fraco", definition: "O indicador sozinho diz pouco; conta junto com outros." },
} as const satisfies CodeTexts<typeof indicatorStrength>;
