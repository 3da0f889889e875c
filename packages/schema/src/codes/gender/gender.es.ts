import type { CodeTexts } from "../define-code-list.js";
import type { gender } from "./gender.codes.js";

export const genderEs = {
  feminine: { label: "Femenino", definition: "Se identifica o se presenta como mujer o niña." },
  masculine: { label: "Masculino", definition: "Se identifica o se presenta como hombre o niño." },
  transgender_feminine: {
    label: "Transgénero femenino",
    definition: "Persona transgénero cuyo género es femenino.",
  },
  transgender_masculine: {
    label: "Transgénero masculino",
    definition: "Persona transgénero cuyo género es masculino.",
  },
  non_conforming: {
    label: "Género no conforme",
    definition:
      "Se identifica o se presenta fuera del binario femenino/masculino, como ambos o como ninguno.",
  },
  not_specified: {
    label: "No especificado o desconocido",
    definition: "El género no se preguntó, no se declaró o no se conoce.",
  },
} as const satisfies CodeTexts<typeof gender>;
