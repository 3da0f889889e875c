import type { CodeTexts } from "../define-code-list.js";
import type { identificationAuthority } from "./identification-authority.codes.js";

export const identificationAuthorityEn = {
  police: { label: "Police", definition: "A police or other law-enforcement service made the decision." },
  ngo: { label: "NGO", definition: "A non-governmental organisation made the decision." },
  court_or_prosecution: {
    label: "Court or prosecution",
    definition: "A court, a judge or the public prosecutor made the decision.",
  },
  non_police_government: {
    label: "Non-police government body",
    definition:
      "A government body other than the police, such as a ministry or social-welfare agency, made the decision.",
  },
  international_organisation: {
    label: "International organisation",
    definition: "An intergovernmental organisation, such as IOM or a UN agency, made the decision.",
  },
  labour_inspectorate: {
    label: "Labour inspectorate",
    definition: "A labour inspection service made the decision.",
  },
  other: { label: "Other", definition: "Another kind of body made the decision." },
} as const satisfies CodeTexts<typeof identificationAuthority>;
