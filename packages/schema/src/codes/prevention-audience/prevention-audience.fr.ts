import type { CodeTexts } from "../define-code-list.js";
import type { preventionAudience } from "./prevention-audience.codes.js";

export const preventionAudienceFr = {
  general_public: { label: "Grand public", definition: "La population dans son ensemble." },
  police: { label: "Police", definition: "Policiers et autres agents des services répressifs." },
  labour_inspectors: { label: "Inspecteurs du travail", definition: "Inspecteurs du travail." },
  judges: { label: "Juges", definition: "Juges et personnel des tribunaux." },
  prosecutors: { label: "Procureurs", definition: "Magistrats du parquet." },
  border_guards: {
    label: "Agents des frontières et de l'immigration",
    definition: "Garde-frontières et agents de l'immigration.",
  },
  health_workers: {
    label: "Personnel de santé",
    definition: "Médecins, infirmiers et autres personnels de santé.",
  },
  social_workers: {
    label: "Travailleurs sociaux",
    definition: "Travailleurs sociaux et personnel de la protection de l'enfance.",
  },
  other_officials: {
    label: "Autres agents publics",
    definition: "D'autres agents publics, comme le personnel consulaire ou diplomatique.",
  },
  at_risk_groups: {
    label: "Groupes à risque",
    definition:
      "Personnes particulièrement exposées à la traite, comme les migrants, les enfants ou les demandeurs d'emploi.",
  },
  private_sector: {
    label: "Secteur privé",
    definition: "Entreprises, recruteurs, personnel des transports et de l'hôtellerie, banques.",
  },
  other: { label: "Autre", definition: "Un autre public." },
} as const satisfies CodeTexts<typeof preventionAudience>;
