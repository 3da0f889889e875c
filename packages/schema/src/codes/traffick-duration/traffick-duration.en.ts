import type { CodeTexts } from "../define-code-list.js";
import type { traffickDuration } from "./traffick-duration.codes.js";

export const traffickDurationEn = {
  "0-12": { label: "Up to 12 months", definition: "Trafficked for 12 months or less." },
  "13-24": { label: "13 to 24 months", definition: "Trafficked for 13 to 24 months." },
  "25+": { label: "25 months or more", definition: "Trafficked for 25 months or more." },
} as const satisfies CodeTexts<typeof traffickDuration>;
