import type { CodeTexts } from "../define-code-list.js";
import type { compensationSource } from "./compensation-source.codes.js";

export const compensationSourceEn = {
  court_order: { label: "Court order", definition: "Ordered by a criminal, civil or labour court." },
  state_fund: { label: "State fund", definition: "Paid by a state compensation fund for victims." },
  settlement: { label: "Settlement", definition: "Agreed with the offender or employer out of court." },
  other: { label: "Other", definition: "Another source." },
} as const satisfies CodeTexts<typeof compensationSource>;
