import type { CodeTexts } from "../define-code-list.js";
import type { caseStatus } from "./case-status.codes.js";

export const caseStatusEs = {
  active: { label: "Activo", definition: "La institución está trabajando actualmente en el caso." },
  follow_up: {
    label: "Seguimiento",
    definition:
      "La asistencia principal terminó; la institución sigue verificando la situación de la persona.",
  },
  closed: { label: "Cerrado", definition: "La institución terminó su trabajo en el caso." },
  closed_referred: {
    label: "Cerrado – derivado",
    definition: "Cerrado porque el caso se derivó a otra institución.",
  },
} as const satisfies CodeTexts<typeof caseStatus>;
