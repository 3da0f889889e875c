import type { CodeTexts } from "../define-code-list.js";
import type { consentPurpose } from "./consent-purpose.codes.js";

export const consentPurposeFr = {
  assistance: {
    label: "Assistance",
    definition: "Utilisation des données pour apporter aide et protection à la personne.",
  },
  referral_national: {
    label: "Orientation nationale",
    definition: "Transmission à un autre organisme du même pays pour orienter la personne.",
  },
  referral_transnational: {
    label: "Orientation transnationale",
    definition: "Transmission à un organisme d'un autre pays pour orienter la personne.",
  },
  return: {
    label: "Retour",
    definition: "Utilisation et transmission des données pour organiser le retour de la personne.",
  },
  criminal_proceedings: {
    label: "Procédure pénale",
    definition: "Transmission à la police, au parquet ou aux tribunaux pour une enquête ou un procès.",
  },
  research_statistics: {
    label: "Recherche et statistiques",
    definition: "Utilisation de données désidentifiées à des fins statistiques ou de recherche.",
  },
  data_sharing_ngo: {
    label: "Partage avec des ONG",
    definition: "Transmission à des prestataires de services non gouvernementaux.",
  },
  media: {
    label: "Médias",
    definition:
      "Diffusion du récit ou de l'image de la personne auprès de journalistes ou dans des communications publiques.",
  },
} as const satisfies CodeTexts<typeof consentPurpose>;
