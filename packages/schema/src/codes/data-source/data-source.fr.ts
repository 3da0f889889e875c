import type { CodeTexts } from "../define-code-list.js";
import type { dataSource } from "./data-source.codes.js";

export const dataSourceFr = {
  case_management: {
    label: "Gestion de dossiers",
    definition: "Dossiers tenus par un organisme pendant l'accompagnement de la personne.",
  },
  hotline: {
    label: "Ligne d'assistance",
    definition: "Appels ou messages reçus par une ligne d'assistance.",
  },
  law_enforcement: {
    label: "Services répressifs et justice",
    definition: "Dossiers de la police, du parquet ou des tribunaux.",
  },
  survey: {
    label: "Enquête statistique",
    definition: "Réponses recueillies par une enquête ou une étude de recherche.",
  },
  other: { label: "Autre", definition: "Autre type de source." },
} as const satisfies CodeTexts<typeof dataSource>;
