import type { CodeTexts } from "../define-code-list.js";
import type { placeRole } from "./place-role.codes.js";

export const placeRolePt = {
  recruitment: { label: "Aliciamento", definition: "Local onde a vítima foi aliciada." },
  transit: { label: "Trânsito", definition: "Local por onde a vítima passou a caminho da exploração." },
  exploitation: { label: "Exploração", definition: "Local onde a vítima foi explorada." },
  identification: {
    label: "Identificação",
    definition: "Local onde a vítima foi detectada ou identificada.",
  },
} as const satisfies CodeTexts<typeof placeRole>;
