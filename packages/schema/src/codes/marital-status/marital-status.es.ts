import type { CodeTexts } from "../define-code-list.js";
import type { maritalStatus } from "./marital-status.codes.js";

export const maritalStatusEs = {
  single: { label: "Soltero/a", definition: "Nunca estuvo casado/a ni en una unión registrada." },
  married: { label: "Casado/a", definition: "Actualmente casado/a." },
  widowed: {
    label: "Viudo/a",
    definition: "El cónyuge o la pareja registrada falleció y la persona no volvió a casarse.",
  },
  divorced: { label: "Divorciado/a", definition: "El matrimonio se disolvió legalmente." },
  separated: { label: "Separado/a", definition: "Sigue casado/a pero vive separado/a de su cónyuge." },
  registered_partnership: {
    label: "Unión registrada",
    definition: "En una unión civil o de hecho registrada conforme a la ley.",
  },
} as const satisfies CodeTexts<typeof maritalStatus>;
