import type { CodeTexts } from "../define-code-list.js";
import type { legalAssistanceStatus } from "./legal-assistance-status.codes.js";

export const legalAssistanceStatusFr = {
  pending: { label: "En attente", definition: "La demande n'a pas encore reçu de réponse." },
  executed: { label: "Exécutée", definition: "L'État requis a exécuté tout ce qui était demandé." },
  partly_executed: {
    label: "Exécutée en partie",
    definition: "L'État requis a exécuté une partie de ce qui était demandé.",
  },
  refused: { label: "Refusée", definition: "L'État requis a refusé la demande." },
  withdrawn: { label: "Retirée", definition: "L'État requérant a retiré la demande." },
} as const satisfies CodeTexts<typeof legalAssistanceStatus>;
