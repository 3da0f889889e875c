import type { CodeTexts } from "../define-code-list.js";
import type { legalAssistanceDirection } from "./legal-assistance-direction.codes.js";

export const legalAssistanceDirectionFr = {
  sent: { label: "Envoyée", definition: "L'État qui enregistre a demandé l'entraide d'un autre État." },
  received: { label: "Reçue", definition: "Un autre État a demandé l'entraide de l'État qui enregistre." },
} as const satisfies CodeTexts<typeof legalAssistanceDirection>;
