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
    definition: "L'organisme destinataire a refusé l'orientation ; l'orientation s'arrête là.",
  },
  in_progress: { label: "En cours", definition: "L'organisme destinataire fournit les services demandés." },
  completed: { label: "Terminée", definition: "L'objet de l'orientation est atteint et elle est close." },
  withdrawn: {
    label: "Retirée",
    definition:
      "Annulée par l'organisme qui oriente ou à la demande de la personne ; l'orientation s'arrête là.",
  },
  on_hold: {
    label: "En pause",
    definition:
      "L'organisme destinataire a suspendu les services (par exemple tant que la personne est injoignable) ; ils peuvent reprendre.",
  },
  failed: {
    label: "Échouée",
    definition:
      "L'orientation n'a pas pu aboutir (par exemple elle n'est jamais arrivée, ou les services n'ont pas pu être fournis) ; l'orientation s'arrête là.",
  },
  entered_in_error: {
    label: "Saisie par erreur",
    definition:
      "L'orientation a été enregistrée par erreur (par exemple un doublon ou la mauvaise personne) ; elle peut suivre n'importe quel statut, aucun ne la suit et elle est exclue des statistiques.",
  },
} as const satisfies CodeTexts<typeof referralStatus>;
