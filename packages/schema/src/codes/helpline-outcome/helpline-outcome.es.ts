import type { CodeTexts } from "../define-code-list.js";
import type { helplineOutcome } from "./helpline-outcome.codes.js";

export const helplineOutcomeEs = {
  referred: {
    label: "Derivado",
    definition: "La persona o el aviso se derivó a un servicio o una autoridad.",
  },
  information_given: {
    label: "Información brindada",
    definition: "Se brindó información u orientación; no se derivó nada.",
  },
  no_action: { label: "Sin acción", definition: "No hizo falta o no fue posible actuar." },
  other: { label: "Otro", definition: "Otro resultado." },
} as const satisfies CodeTexts<typeof helplineOutcome>;
