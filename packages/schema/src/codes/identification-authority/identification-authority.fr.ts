import type { CodeTexts } from "../define-code-list.js";
import type { identificationAuthority } from "./identification-authority.codes.js";

export const identificationAuthorityFr = {
  police: {
    label: "Police",
    definition: "La décision a été prise par la police ou un autre service répressif.",
  },
  ngo: { label: "ONG", definition: "La décision a été prise par une organisation non gouvernementale." },
  court_or_prosecution: {
    label: "Tribunal ou parquet",
    definition: "La décision a été prise par un tribunal, un juge ou le ministère public.",
  },
  non_police_government: {
    label: "Organisme public non policier",
    definition:
      "La décision a été prise par un organisme public autre que la police, comme un ministère ou un service social.",
  },
  international_organisation: {
    label: "Organisation internationale",
    definition:
      "La décision a été prise par une organisation intergouvernementale, comme l'OIM ou une agence des Nations Unies.",
  },
  labour_inspectorate: {
    label: "Inspection du travail",
    definition: "La décision a été prise par un service d'inspection du travail.",
  },
  other: { label: "Autre", definition: "La décision a été prise par un autre type d'organisme." },
} as const satisfies CodeTexts<typeof identificationAuthority>;
