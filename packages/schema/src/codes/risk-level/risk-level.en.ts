import type { CodeTexts } from "../define-code-list.js";
import type { riskLevel } from "./risk-level.codes.js";

export const riskLevelEn = {
  low: { label: "Low", definition: "Harm is unlikely, or its impact would be minor." },
  medium: { label: "Medium", definition: "Harm is possible and calls for safeguards." },
  high: { label: "High", definition: "Serious harm is likely without immediate protective action." },
  unknown: { label: "Unknown", definition: "The risk has not been assessed or cannot be determined." },
} as const satisfies CodeTexts<typeof riskLevel>;
