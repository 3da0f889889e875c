import type { CodeTexts } from "../define-code-list.js";
import type { financialInquiryOutcome } from "./financial-inquiry-outcome.codes.js";

export const financialInquiryOutcomeFr = {
  ongoing: { label: "En cours", definition: "L'enquête est toujours ouverte." },
  disseminated: {
    label: "Transmise aux enquêteurs",
    definition: "Les constatations ont été transmises aux services répressifs ou au parquet.",
  },
  charges_brought: {
    label: "Poursuites engagées",
    definition: "Des poursuites pour blanchiment ou une autre infraction financière ont été engagées.",
  },
  conviction: {
    label: "Condamnation",
    definition: "Un tribunal a condamné pour blanchiment ou une autre infraction financière.",
  },
  closed_without_action: { label: "Classée sans suite", definition: "L'enquête a été classée sans suite." },
  other: { label: "Autre", definition: "Une autre issue." },
} as const satisfies CodeTexts<typeof financialInquiryOutcome>;
