import type { CodeTexts } from "../define-code-list.js";
import type { legalAssistanceStatus } from "./legal-assistance-status.codes.js";

export const legalAssistanceStatusEs = {
  pending: { label: "Pendiente", definition: "La solicitud aún no ha sido respondida." },
  executed: { label: "Ejecutada", definition: "El Estado requerido cumplió todo lo solicitado." },
  partly_executed: {
    label: "Ejecutada parcialmente",
    definition: "El Estado requerido cumplió parte de lo solicitado.",
  },
  refused: { label: "Denegada", definition: "El Estado requerido denegó la solicitud." },
  withdrawn: { label: "Retirada", definition: "El Estado requirente retiró la solicitud." },
} as const satisfies CodeTexts<typeof legalAssistanceStatus>;
