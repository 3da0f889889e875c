import type { CodeTexts } from "../define-code-list.js";
import type { exchangePurpose } from "./exchange-purpose.codes.js";

export const exchangePurposeFr = {
  referral: {
    label: "Orientation",
    definition: "Orientation d'une personne vers un organisme pour son assistance ou sa protection.",
  },
  case_cooperation: {
    label: "Coopération sur un dossier",
    definition: "Coopération entre organismes ou États sur une enquête ou un dossier.",
  },
  statistics: {
    label: "Statistiques",
    definition: "Données agrégées ou désidentifiées pour les statistiques officielles et les rapports.",
  },
  agency_directory: {
    label: "Annuaire des organismes",
    definition: "Informations sur les organismes, leurs services et leurs points de contact.",
  },
  research: { label: "Recherche", definition: "Données désidentifiées pour des recherches approuvées." },
  audit: {
    label: "Audit",
    definition: "Dossiers fournis pour un contrôle, un audit ou une revue de qualité.",
  },
} as const satisfies CodeTexts<typeof exchangePurpose>;
