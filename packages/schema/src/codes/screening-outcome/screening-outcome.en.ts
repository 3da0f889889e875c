import type { CodeTexts } from "../define-code-list.js";
import type { screeningOutcome } from "./screening-outcome.codes.js";

export const screeningOutcomeEn = {
  presumed_victim: {
    label: "Presumed victim",
    definition:
      "The indicators found give reasonable grounds to treat the person as a victim of trafficking.",
  },
  not_a_victim: {
    label: "Not a victim",
    definition: "The screening found no grounds to treat the person as a victim of trafficking.",
  },
  follow_up_needed: {
    label: "Follow-up needed",
    definition: "The screening could not conclude; more information is needed.",
  },
} as const satisfies CodeTexts<typeof screeningOutcome>;
