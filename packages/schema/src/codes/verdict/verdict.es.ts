import type { CodeTexts } from "../define-code-list.js";
import type { verdict } from "./verdict.codes.js";

export const verdictEs = {
  convicted: { label: "Condena", definition: "Declarado culpable del delito." },
  acquitted: { label: "Absolución", definition: "Declarado no culpable del delito." },
  dismissed: {
    label: "Sobreseimiento",
    definition: "Cargos retirados o causa sobreseída sin pronunciamiento sobre la culpabilidad.",
  },
  pending: { label: "Pendiente", definition: "Aún no hay una decisión definitiva." },
  plea_agreement: {
    label: "Acuerdo de culpabilidad",
    definition:
      "Resuelto mediante un acuerdo en el que el acusado admite su culpa a cambio de un cargo o una pena menor.",
  },
} as const satisfies CodeTexts<typeof verdict>;
