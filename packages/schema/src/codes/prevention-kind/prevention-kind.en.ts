import type { CodeTexts } from "../define-code-list.js";
import type { preventionKind } from "./prevention-kind.codes.js";

export const preventionKindEn = {
  awareness_campaign: {
    label: "Awareness campaign",
    definition:
      "Information or media campaign to make people aware of trafficking (Palermo Protocol Art. 9(2)).",
  },
  training: {
    label: "Training",
    definition:
      "Training of officials or others to prevent trafficking, identify victims or prosecute offenders (Palermo Protocol Art. 10(2)).",
  },
  other: { label: "Other", definition: "Another prevention activity." },
} as const satisfies CodeTexts<typeof preventionKind>;
