import type { CodeTexts } from "../define-code-list.js";
import type { educationLevel } from "./education-level.codes.js";

export const educationLevelFr = {
  no_formal_education: {
    label: "Aucune instruction formelle",
    definition: "N'a jamais suivi de programme d'enseignement (CITE-A 01).",
  },
  early_childhood_education: {
    label: "Éducation de la petite enfance",
    definition: "CITE 0 : programmes pour les jeunes enfants avant l'école primaire.",
  },
  primary_education: {
    label: "Enseignement primaire",
    definition: "CITE 1 : première étape de la scolarité, où l'on apprend à lire, écrire et compter.",
  },
  lower_secondary_education: {
    label: "Premier cycle du secondaire",
    definition: "CITE 2 : premier cycle de l'enseignement secondaire, après le primaire.",
  },
  upper_secondary_education: {
    label: "Second cycle du secondaire",
    definition: "CITE 3 : dernier cycle du secondaire, qui prépare aux études supérieures ou à l'emploi.",
  },
  post_secondary_non_tertiary_education: {
    label: "Enseignement post-secondaire non supérieur",
    definition: "CITE 4 : programmes suivant le secondaire qui ne relèvent pas encore du supérieur.",
  },
  short_cycle_tertiary_education: {
    label: "Enseignement supérieur de cycle court",
    definition: "CITE 5 : formations supérieures courtes, souvent à visée professionnelle.",
  },
  bachelors_or_equivalent_level: {
    label: "Licence ou équivalent",
    definition: "CITE 6 : premier diplôme universitaire ou équivalent.",
  },
  masters_or_equivalent_level: {
    label: "Master ou équivalent",
    definition: "CITE 7 : diplôme universitaire avancé obtenu après un premier diplôme.",
  },
  doctoral_or_equivalent_level: {
    label: "Doctorat ou équivalent",
    definition: "CITE 8 : doctorat fondé sur une recherche originale.",
  },
} as const satisfies CodeTexts<typeof educationLevel>;
