import type { CodeTexts } from "../define-code-list.js";
import type { referralStatus } from "./referral-status.codes.js";

export const referralStatusFr = {
  draft: {
    label: "Brouillon",
    definition: "En cours de préparation par l'organisme qui oriente, pas encore envoyée.",
  },
  sent: {
    label: "Envoyée",
    definition: "Envoyée par l'organisme qui oriente ; réception pas encore confirmée.",
  },
  received: {
    label: "Reçue",
    definition: "L'organisme destinataire a confirmé la réception mais n'a pas encore décidé.",
  },
  accepted: {
    label: "Acceptée",
    definition: "L'organisme destinataire a accepté de prendre en charge l'orientation.",
  },
  declined: {
    label: "Refusée",
    definition: "L'organisme destinataire a refusé l'orientation ; plus aucun changement possible.",
  },
  in_progress: { label: "En cours", definition: "L'organisme destinataire fournit les services demandés." },
  completed: { label: "Terminée", definition: "L'objet de l'orientation est atteint et elle est close." },
  withdrawn: {
    label: "Retirée",
    definition:
      "Annulée par l'organisme qui oriente ou à la demande de la personne ; plus aucun changement possible.",
  },
} as const satisfies CodeTexts<typeof referralStatus>;
