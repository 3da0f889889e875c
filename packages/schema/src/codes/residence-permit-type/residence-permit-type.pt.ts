import type { CodeTexts } from "../define-code-list.js";
import type { residencePermitType } from "./residence-permit-type.codes.js";

export const residencePermitTypePt = {
  temporary: {
    label: "Temporária",
    definition: "Uma autorização por tempo limitado, muitas vezes ligada ao processo ou à recuperação.",
  },
  permanent: { label: "Permanente", definition: "Uma autorização sem data de término." },
  humanitarian: { label: "Humanitária", definition: "Uma autorização por razões humanitárias." },
  international_protection: {
    label: "Proteção internacional",
    definition: "Status de refugiado ou outra forma de proteção internacional.",
  },
  other: { label: "Outra", definition: "Outro tipo de autorização." },
} as const satisfies CodeTexts<typeof residencePermitType>;
