import type { CodeTexts } from "../define-code-list.js";
import type { identificationAuthority } from "./identification-authority.codes.js";

export const identificationAuthorityPt = {
  police: {
    label: "Polícia",
    definition: "A decisão foi tomada pela polícia ou por outro órgão de segurança pública.",
  },
  ngo: { label: "ONG", definition: "A decisão foi tomada por uma organização não governamental." },
  court_or_prosecution: {
    label: "Tribunal ou Ministério Público",
    definition: "A decisão foi tomada por um tribunal, um juiz ou o Ministério Público.",
  },
  non_police_government: {
    label: "Órgão governamental não policial",
    definition:
      "A decisão foi tomada por um órgão público que não a polícia, como um ministério ou um serviço de assistência social.",
  },
  international_organisation: {
    label: "Organização internacional",
    definition:
      "A decisão foi tomada por uma organização intergovernamental, como a OIM ou uma agência da ONU.",
  },
  labour_inspectorate: {
    label: "Inspeção do trabalho",
    definition: "A decisão foi tomada por um serviço de inspeção do trabalho.",
  },
  other: { label: "Outro", definition: "A decisão foi tomada por outro tipo de órgão." },
} as const satisfies CodeTexts<typeof identificationAuthority>;
