import type { CodeTexts } from "../define-code-list.js";
import type { majorityStatus } from "./majority-status.codes.js";

export const majorityStatusEn = {
  child: { label: "Child", definition: "Under 18 years of age." },
  adult: { label: "Adult", definition: "18 years of age or older." },
  unknown: { label: "Unknown", definition: "Whether the person is a child or an adult is not known." },
} as const satisfies CodeTexts<typeof majorityStatus>;
