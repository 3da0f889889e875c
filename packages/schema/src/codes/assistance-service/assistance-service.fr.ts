import type { CodeTexts } from "../define-code-list.js";
import type { assistanceService } from "./assistance-service.codes.js";

export const assistanceServiceFr = {
  education: {
    label: "Éducation",
    definition: "Scolarisation, alphabétisation ou formation professionnelle.",
  },
  financial: {
    label: "Aide financière",
    definition: "Allocations, aides en espèces ou soutien à la gestion de l'argent.",
  },
  health: {
    label: "Santé",
    definition: "Plan d'accompagnement couvrant le bien-être physique et mental de la personne.",
  },
  labour_exploitation_rehabilitation: {
    label: "Réadaptation après exploitation par le travail",
    definition: "Programme de rétablissement conçu pour les survivants de l'exploitation par le travail.",
  },
  legal: {
    label: "Soutien juridique",
    definition:
      "Plan d'accompagnement pour les questions juridiques comme le droit au séjour, les procédures ou les demandes.",
  },
  livelihood: {
    label: "Moyens de subsistance",
    definition:
      "Aide pour gagner un revenu, comme le placement dans un emploi ou l'appui à une petite activité.",
  },
  rights_based_training: {
    label: "Formation aux droits",
    definition: "Formation qui informe la personne de ses droits et de la manière de les exercer.",
  },
  sexual_exploitation_rehabilitation: {
    label: "Réadaptation après exploitation sexuelle",
    definition: "Programme de rétablissement conçu pour les survivants de l'exploitation sexuelle.",
  },
  social_care: {
    label: "Accompagnement social",
    definition: "Suivi de dossier et soutien social au quotidien.",
  },
  shelter: { label: "Hébergement", definition: "Hébergement sûr et adapté." },
  medical_care: {
    label: "Soins médicaux",
    definition: "Examen et traitement médicaux par des professionnels de santé.",
  },
  psychological_support: {
    label: "Soutien psychologique",
    definition: "Écoute, psychothérapie ou soutien psychosocial.",
  },
  interpretation: {
    label: "Interprétariat",
    definition: "Interprétation et traduction dans une langue que la personne comprend.",
  },
  legal_aid: {
    label: "Aide juridictionnelle",
    definition: "Conseil et représentation par un avocat, gratuits ou subventionnés.",
  },
  reflection_period: {
    label: "Délai de réflexion",
    definition:
      "Délai accordé pour se rétablir et décider de coopérer ou non avec les autorités, sans être éloignée.",
  },
  residence_permit: {
    label: "Titre de séjour",
    definition: "Aide à l'obtention d'un droit de séjour temporaire ou permanent.",
  },
  safe_return: {
    label: "Retour en sécurité",
    definition: "Retour assisté et volontaire dans le pays d'origine après une évaluation des risques.",
  },
  reintegration: {
    label: "Réintégration",
    definition:
      "Soutien pour reconstruire sa vie dans la communauté après le retour ou la sortie de l'exploitation.",
  },
  family_tracing: {
    label: "Recherche familiale",
    definition:
      "Retrouver des membres de la famille et vérifier si un contact ou un regroupement est sans danger.",
  },
  compensation_support: {
    label: "Aide à l'indemnisation",
    definition: "Aide pour demander réparation aux auteurs ou à un fonds public.",
  },
  child_protection_services: {
    label: "Services de protection de l'enfance",
    definition: "Tutelle, évaluation de l'intérêt supérieur et prise en charge d'un enfant victime.",
  },
  repatriation: {
    label: "Rapatriement",
    definition:
      "Démarches officielles entre États pour ramener un ressortissant, y compris documents de voyage et transport.",
  },
  other: { label: "Autre", definition: "Autre type d'assistance." },
} as const satisfies CodeTexts<typeof assistanceService>;
