import type { CodeTexts } from "../define-code-list.js";
import type { aggregateIndicator } from "./aggregate-indicator.codes.js";

export const aggregateIndicatorEn = {
  detected_victims: {
    label: "Detected trafficking victims",
    definition:
      "Persons identified as victims of trafficking by the authorities or other agencies in the period.",
  },
  persons_formal_contact: {
    label: "Persons brought into formal contact",
    definition:
      "Persons suspected, arrested or cautioned for trafficking in persons: in formal contact with the police or the criminal justice system.",
  },
  persons_prosecuted: {
    label: "Persons prosecuted",
    definition: "Persons prosecuted for trafficking in persons in the period.",
  },
  persons_convicted: {
    label: "Persons convicted",
    definition: "Persons convicted of trafficking in persons in the period.",
  },
  offences: {
    label: "Offences of trafficking in persons",
    definition: "Offences of trafficking in persons recorded by the police in the period.",
  },
} as const satisfies CodeTexts<typeof aggregateIndicator>;
