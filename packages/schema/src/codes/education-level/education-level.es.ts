import type { CodeTexts } from "../define-code-list.js";
import type { educationLevel } from "./education-level.codes.js";

export const educationLevelEs = {
  no_formal_education: {
    label: "Sin educación formal",
    definition: "Nunca asistió a un programa educativo (CINE-A 01).",
  },
  early_childhood_education: {
    label: "Educación de la primera infancia",
    definition: "CINE 0: programas para niños pequeños antes de la escuela primaria.",
  },
  primary_education: {
    label: "Educación primaria",
    definition: "CINE 1: primera etapa escolar, en la que se enseña a leer, escribir y calcular.",
  },
  lower_secondary_education: {
    label: "Educación secundaria baja",
    definition: "CINE 2: primer ciclo de la educación secundaria, que sigue a la primaria.",
  },
  upper_secondary_education: {
    label: "Educación secundaria alta",
    definition: "CINE 3: último ciclo de la secundaria, que prepara para estudios superiores o el trabajo.",
  },
  post_secondary_non_tertiary_education: {
    label: "Educación postsecundaria no terciaria",
    definition: "CINE 4: programas posteriores a la secundaria que no son educación superior.",
  },
  short_cycle_tertiary_education: {
    label: "Educación terciaria de ciclo corto",
    definition: "CINE 5: programas de educación superior cortos, a menudo orientados al trabajo.",
  },
  bachelors_or_equivalent_level: {
    label: "Licenciatura o equivalente",
    definition: "CINE 6: primer título universitario o equivalente.",
  },
  masters_or_equivalent_level: {
    label: "Maestría o equivalente",
    definition: "CINE 7: título universitario avanzado posterior al primer título.",
  },
  doctoral_or_equivalent_level: {
    label: "Doctorado o equivalente",
    definition: "CINE 8: título de doctor basado en investigación original.",
  },
} as const satisfies CodeTexts<typeof educationLevel>;
