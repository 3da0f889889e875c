import type { CodeTexts } from "../define-code-list.js";
import type { majorityStatus } from "./majority-status.codes.js";

export const majorityStatusEs = {
  child: { label: "Menor de edad", definition: "Persona de menos de 18 años." },
  adult: { label: "Adulto", definition: "Persona de 18 años o más." },
  unknown: { label: "Desconocido", definition: "No se sabe si la persona es menor de edad o adulta." },
} as const satisfies CodeTexts<typeof majorityStatus>;
