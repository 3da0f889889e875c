import type { CodeTexts } from "../define-code-list.js";
import type { legalAssistanceStatus } from "./legal-assistance-status.codes.js";

export const legalAssistanceStatusPt = {
  pending: { label: "Pendente", definition: "O pedido ainda não foi respondido." },
  executed: { label: "Cumprido", definition: "O Estado requerido cumpriu tudo o que foi pedido." },
  partly_executed: {
    label: "Cumprido em parte",
    definition: "O Estado requerido cumpriu parte do que foi pedido.",
  },
  refused: { label: "Recusado", definition: "O Estado requerido recusou o pedido." },
  withdrawn: { label: "Retirado", definition: "O Estado requerente retirou o pedido." },
} as const satisfies CodeTexts<typeof legalAssistanceStatus>;
