import type { CodeTexts } from "../define-code-list.js";
import type { organisedCrimeInvolvement } from "./organised-crime-involvement.codes.js";

export const organisedCrimeInvolvementEn = {
  none: { label: "None", definition: "No involvement of organised crime was found." },
  individual: {
    label: "Individual offender",
    definition: "Committed by one person, or a few acting without an organised structure.",
  },
  organised_criminal_group: {
    label: "Organised criminal group",
    definition: "A structured group of three or more people acting together over time for material gain.",
  },
  transnational_network: {
    label: "Transnational network",
    definition: "An organised group or network operating across national borders.",
  },
  unknown: { label: "Unknown", definition: "Not known or not assessed." },
} as const satisfies CodeTexts<typeof organisedCrimeInvolvement>;
