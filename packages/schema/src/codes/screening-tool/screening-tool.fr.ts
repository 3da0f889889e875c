import type { CodeTexts } from "../define-code-list.js";
import type { screeningTool } from "./screening-tool.codes.js";

export const screeningToolFr = {
  ilo_forced_labour_indicators: {
    label: "Indicateurs du travail forcé de l'OIT",
    definition: "Les 11 indicateurs du travail forcé de l'OIT.",
  },
  ilo_ec_operational_indicators: {
    label: "Indicateurs opérationnels OIT–CE",
    definition:
      "Les indicateurs opérationnels de la traite de l'OIT et de la Commission européenne (2009), chacun fort, moyen ou faible.",
  },
  iom_screening_form: {
    label: "Formulaire de dépistage de l'OIM",
    definition:
      "Le formulaire de l'OIM pour les migrants vulnérables à la violence, à l'exploitation et aux abus.",
  },
  national_tool: {
    label: "Outil national",
    definition: "Un outil de dépistage du mécanisme national d'orientation.",
  },
  other: { label: "Autre", definition: "Un autre outil, nommé dans le nom de l'outil." },
} as const satisfies CodeTexts<typeof screeningTool>;
