import type { CodeTexts } from "../define-code-list.js";
import type { identificationStatus } from "./identification-status.codes.js";

export const identificationStatusEs = {
  presumed: {
    label: "Presunta víctima",
    definition:
      "Hay motivos razonables para creer que la persona es víctima, a la espera de una decisión formal.",
  },
  identified: {
    label: "Víctima identificada",
    definition: "Un organismo competente decidió formalmente que la persona es víctima de trata.",
  },
  not_a_victim: {
    label: "No es víctima",
    definition: "Tras la evaluación, se determinó que la persona no es víctima de trata.",
  },
} as const satisfies CodeTexts<typeof identificationStatus>;
