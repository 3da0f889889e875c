import type { CodeTexts } from "../define-code-list.js";
import type { residencePermitType } from "./residence-permit-type.codes.js";

export const residencePermitTypeEs = {
  temporary: {
    label: "Temporal",
    definition: "Un permiso por tiempo limitado, a menudo ligado al proceso o a la recuperación.",
  },
  permanent: { label: "Permanente", definition: "Un permiso sin fecha de fin." },
  humanitarian: { label: "Humanitario", definition: "Un permiso por razones humanitarias." },
  international_protection: {
    label: "Protección internacional",
    definition: "Estatuto de refugiado u otra forma de protección internacional.",
  },
  other: { label: "Otro", definition: "Otro tipo de permiso." },
} as const satisfies CodeTexts<typeof residencePermitType>;
