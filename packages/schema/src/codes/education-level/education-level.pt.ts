import type { CodeTexts } from "../define-code-list.js";
import type { educationLevel } from "./education-level.codes.js";

export const educationLevelPt = {
  no_formal_education: {
    label: "Sem educação formal",
    definition: "Nunca frequentou um programa educacional (CITE-A 01).",
  },
  early_childhood_education: {
    label: "Educação infantil",
    definition: "CITE 0: programas para crianças pequenas antes do ensino fundamental.",
  },
  primary_education: {
    label: "Ensino fundamental – anos iniciais",
    definition: "CITE 1: primeira etapa escolar, em que se aprende a ler, escrever e calcular.",
  },
  lower_secondary_education: {
    label: "Ensino fundamental – anos finais",
    definition: "CITE 2: primeiro ciclo do ensino secundário, após os anos iniciais.",
  },
  upper_secondary_education: {
    label: "Ensino médio",
    definition: "CITE 3: etapa final do ensino secundário, que prepara para o ensino superior ou o trabalho.",
  },
  post_secondary_non_tertiary_education: {
    label: "Educação pós-secundária não superior",
    definition: "CITE 4: programas após o ensino médio que ainda não são ensino superior.",
  },
  short_cycle_tertiary_education: {
    label: "Ensino superior de ciclo curto",
    definition: "CITE 5: cursos superiores curtos, muitas vezes voltados ao trabalho.",
  },
  bachelors_or_equivalent_level: {
    label: "Bacharelado ou equivalente",
    definition: "CITE 6: primeiro diploma universitário ou equivalente.",
  },
  masters_or_equivalent_level: {
    label: "Mestrado ou equivalente",
    definition: "CITE 7: diploma universitário avançado obtido após o primeiro diploma.",
  },
  doctoral_or_equivalent_level: {
    label: "Doutorado ou equivalente",
    definition: "CITE 8: título de doutor baseado em pesquisa original.",
  },
} as const satisfies CodeTexts<typeof educationLevel>;
