import type { CodeTexts } from "../define-code-list.js";
import type { helplineOutcome } from "./helpline-outcome.codes.js";

export const helplineOutcomeEn = {
  referred: {
    label: "Referred",
    definition: "The person or the report was referred to a service or an authority.",
  },
  information_given: {
    label: "Information given",
    definition: "Information or advice was given; nothing was passed on.",
  },
  no_action: { label: "No action", definition: "No action was needed or possible." },
  other: { label: "Other", definition: "Another outcome." },
} as const satisfies CodeTexts<typeof helplineOutcome>;
