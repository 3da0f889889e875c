import type { CodeTexts } from "../define-code-list.js";
import type { caseStatus } from "./case-status.codes.js";

export const caseStatusFr = {
  active: { label: "Actif", definition: "L'organisme traite actuellement le dossier." },
  follow_up: {
    label: "Suivi",
    definition:
      "L'accompagnement principal est terminé ; l'organisme continue de suivre la situation de la personne.",
  },
  closed: { label: "Clos", definition: "L'organisme a terminé son travail sur le dossier." },
  closed_referred: {
    label: "Clos – orienté",
    definition: "Clos parce que le dossier a été transmis à un autre organisme.",
  },
} as const satisfies CodeTexts<typeof caseStatus>;
