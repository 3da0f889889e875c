import type { CodeTexts } from "../define-code-list.js";
import type { penaltyType } from "./penalty-type.codes.js";

export const penaltyTypeFr = {
  imprisonment: { label: "Emprisonnement", definition: "Peine privative de liberté purgée en prison." },
  suspended_sentence: {
    label: "Peine avec sursis",
    definition: "Peine de prison qui n'est pas exécutée sauf si la personne enfreint les conditions fixées.",
  },
  fine: { label: "Amende", definition: "Somme d'argent à verser à l'État." },
  community_service: {
    label: "Travail d'intérêt général",
    definition: "Travail non rémunéré au profit de la collectivité.",
  },
  asset_confiscation: {
    label: "Confiscation des avoirs",
    definition: "Perte définitive des biens ou produits liés à l'infraction.",
  },
  deportation: {
    label: "Expulsion",
    definition: "Éloignement du territoire d'un condamné de nationalité étrangère.",
  },
  other: { label: "Autre", definition: "Autre type de sanction." },
} as const satisfies CodeTexts<typeof penaltyType>;
