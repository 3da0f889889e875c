import type { CodeTexts } from "../define-code-list.js";
import type { identificationAuthority } from "./identification-authority.codes.js";

export const identificationAuthorityEs = {
  police: { label: "Policía", definition: "La decisión la tomó la policía u otro cuerpo de seguridad." },
  ngo: { label: "ONG", definition: "La decisión la tomó una organización no gubernamental." },
  court_or_prosecution: {
    label: "Tribunal o fiscalía",
    definition: "La decisión la tomó un tribunal, un juez o el ministerio público.",
  },
  non_police_government: {
    label: "Organismo estatal no policial",
    definition:
      "La decisión la tomó un organismo del Estado distinto de la policía, como un ministerio o un servicio social.",
  },
  international_organisation: {
    label: "Organización internacional",
    definition:
      "La decisión la tomó una organización intergubernamental, como la OIM o un organismo de las Naciones Unidas.",
  },
  labour_inspectorate: {
    label: "Inspección del trabajo",
    definition: "La decisión la tomó un servicio de inspección laboral.",
  },
  other: { label: "Otro", definition: "La decisión la tomó otro tipo de organismo." },
} as const satisfies CodeTexts<typeof identificationAuthority>;
