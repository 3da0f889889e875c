import type { CodeTexts } from "../define-code-list.js";
import type { legalAssistanceDirection } from "./legal-assistance-direction.codes.js";

export const legalAssistanceDirectionPt = {
  sent: { label: "Enviado", definition: "O Estado que registra pediu assistência a outro Estado." },
  received: { label: "Recebido", definition: "Outro Estado pediu assistência ao Estado que registra." },
} as const satisfies CodeTexts<typeof legalAssistanceDirection>;
