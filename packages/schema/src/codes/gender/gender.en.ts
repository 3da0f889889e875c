import type { CodeTexts } from "../define-code-list.js";
import type { gender } from "./gender.codes.js";

export const genderEn = {
  feminine: { label: "Feminine", definition: "Identifies or presents as a woman or girl." },
  masculine: { label: "Masculine", definition: "Identifies or presents as a man or boy." },
  transgender_feminine: {
    label: "Transgender feminine",
    definition: "A transgender person whose gender is feminine.",
  },
  transgender_masculine: {
    label: "Transgender masculine",
    definition: "A transgender person whose gender is masculine.",
  },
  non_conforming: {
    label: "Gender non-conforming",
    definition: "Identifies or presents outside the feminine/masculine binary, as both or as neither.",
  },
  not_specified: {
    label: "Not specified or unknown",
    definition: "Gender was not asked, not disclosed or is not known.",
  },
} as const satisfies CodeTexts<typeof gender>;
