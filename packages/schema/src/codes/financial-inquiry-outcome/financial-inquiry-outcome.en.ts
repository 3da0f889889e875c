import type { CodeTexts } from "../define-code-list.js";
import type { financialInquiryOutcome } from "./financial-inquiry-outcome.codes.js";

export const financialInquiryOutcomeEn = {
  ongoing: { label: "Ongoing", definition: "The inquiry is still open." },
  disseminated: {
    label: "Passed to investigators",
    definition: "The findings were passed to law enforcement or prosecutors.",
  },
  charges_brought: {
    label: "Charges brought",
    definition: "Money laundering or another financial offence was charged.",
  },
  conviction: {
    label: "Conviction",
    definition: "A court convicted for money laundering or another financial offence.",
  },
  closed_without_action: {
    label: "Closed without action",
    definition: "The inquiry was closed without further action.",
  },
  other: { label: "Other", definition: "Another outcome." },
} as const satisfies CodeTexts<typeof financialInquiryOutcome>;
