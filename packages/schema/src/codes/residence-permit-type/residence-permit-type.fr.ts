import type { CodeTexts } from "../define-code-list.js";
import type { residencePermitType } from "./residence-permit-type.codes.js";

export const residencePermitTypeFr = {
  temporary: {
    label: "Temporaire",
    definition: "Un titre pour une durée limitée, souvent lié à la procédure ou au rétablissement.",
  },
  permanent: { label: "Permanent", definition: "Un titre sans date de fin." },
  humanitarian: { label: "Humanitaire", definition: "Un titre pour motifs humanitaires." },
  international_protection: {
    label: "Protection internationale",
    definition: "Statut de réfugié ou autre forme de protection internationale.",
  },
  other: { label: "Autre", definition: "Un autre type de titre." },
} as const satisfies CodeTexts<typeof residencePermitType>;
