import type { CodeTexts } from "../define-code-list.js";
import type { identificationStatus } from "./identification-status.codes.js";

export const identificationStatusEn = {
  presumed: {
    label: "Presumed victim",
    definition: "There are reasonable grounds to believe the person is a victim, pending a formal decision.",
  },
  identified: {
    label: "Identified victim",
    definition: "A competent body has formally decided that the person is a victim of trafficking.",
  },
  not_a_victim: {
    label: "Not a victim",
    definition: "After assessment, the person was found not to be a victim of trafficking.",
  },
} as const satisfies CodeTexts<typeof identificationStatus>;
