import type { CodeTexts } from "../define-code-list.js";
import type { trmStage } from "./trm-stage.codes.js";

export const trmStageFr = {
  identification: {
    label: "Identification",
    definition: "Repérer une victime présumée et établir son statut.",
  },
  first_assistance_and_protection: {
    label: "Première assistance et protection",
    definition:
      "Mise en sécurité immédiate, hébergement, soins, information et délai de réflexion après l'identification.",
  },
  long_term_assistance_and_social_inclusion: {
    label: "Assistance à long terme et inclusion sociale",
    definition: "Accompagnement durable dans le pays de destination vers une vie autonome.",
  },
  return_and_social_inclusion: {
    label: "Retour et inclusion sociale",
    definition:
      "Retour assisté dans le pays d'origine après une évaluation des risques, et réintégration sur place.",
  },
  criminal_and_civil_proceedings: {
    label: "Procédures pénales et civiles",
    definition:
      "Soutien à la participation de la personne aux poursuites contre les auteurs et aux demandes de réparation.",
  },
} as const satisfies CodeTexts<typeof trmStage>;
