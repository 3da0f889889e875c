import type { CodeTexts } from "../define-code-list.js";
import type { residencePermitType } from "./residence-permit-type.codes.js";

export const residencePermitTypeEn = {
  temporary: {
    label: "Temporary",
    definition: "A permit for a limited time, often tied to the proceedings or to recovery.",
  },
  permanent: { label: "Permanent", definition: "A permit without end date." },
  humanitarian: { label: "Humanitarian", definition: "A permit on humanitarian or compassionate grounds." },
  international_protection: {
    label: "International protection",
    definition: "Refugee status or another form of international protection.",
  },
  other: { label: "Other", definition: "Another kind of permit." },
} as const satisfies CodeTexts<typeof residencePermitType>;
