import type { CodeTexts } from "../define-code-list.js";
import type { trmStage } from "./trm-stage.codes.js";

export const trmStageEn = {
  identification: {
    label: "Identification",
    definition: "Detecting a presumed victim and establishing their status.",
  },
  first_assistance_and_protection: {
    label: "First assistance and protection",
    definition:
      "Immediate safety, shelter, health care, information and a reflection period after identification.",
  },
  long_term_assistance_and_social_inclusion: {
    label: "Long-term assistance and social inclusion",
    definition: "Sustained support in the country of destination towards an independent life.",
  },
  return_and_social_inclusion: {
    label: "Return and social inclusion",
    definition: "Assisted return to the country of origin after a risk assessment, and reintegration there.",
  },
  criminal_and_civil_proceedings: {
    label: "Criminal and civil proceedings",
    definition: "Support for the person's part in prosecuting offenders and in claiming compensation.",
  },
} as const satisfies CodeTexts<typeof trmStage>;
