import type { CodeTexts } from "../define-code-list.js";
import type { referralReason } from "./referral-reason.codes.js";

export const referralReasonFr = {
  additional_services_required: {
    label: "Services supplémentaires nécessaires",
    definition: "La personne a besoin de services que l'organisme qui oriente ne peut pas fournir.",
  },
  migration_or_change_of_location: {
    label: "Migration ou changement de lieu",
    definition: "La personne a déménagé, ou va déménager, dans une zone couverte par un autre organisme.",
  },
  safe_return: {
    label: "Retour en sécurité",
    definition: "Organiser le retour volontaire et sûr de la personne dans son pays ou lieu d'origine.",
  },
  continued_assistance: {
    label: "Poursuite de l'assistance",
    definition: "Assurer la continuité, auprès de l'organisme d'accueil, de l'aide déjà engagée.",
  },
  criminal_proceedings: {
    label: "Procédure pénale",
    definition:
      "Permettre à la personne de participer à une enquête ou à un procès pénal et d'y être protégée.",
  },
  civil_proceedings: {
    label: "Procédure civile",
    definition:
      "Demander réparation ou faire valoir d'autres droits devant les juridictions civiles ou du travail.",
  },
  family_reunification: {
    label: "Regroupement familial",
    definition: "Réunir la personne avec des membres de sa famille une fois établi que c'est sans danger.",
  },
  resettlement: {
    label: "Réinstallation",
    definition: "Installer la personne dans un pays tiers ou un nouveau lieu où elle peut vivre en sécurité.",
  },
  other: { label: "Autre", definition: "Autre motif, décrit dans l'orientation." },
} as const satisfies CodeTexts<typeof referralReason>;
