import type { CodeTexts } from "../define-code-list.js";
import type { legalAssistanceDirection } from "./legal-assistance-direction.codes.js";

export const legalAssistanceDirectionEs = {
  sent: { label: "Enviada", definition: "El Estado que registra pidió asistencia a otro Estado." },
  received: { label: "Recibida", definition: "Otro Estado pidió asistencia al Estado que registra." },
} as const satisfies CodeTexts<typeof legalAssistanceDirection>;
