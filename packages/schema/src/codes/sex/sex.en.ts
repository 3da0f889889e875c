import type { CodeTexts } from "../define-code-list.js";
import type { sex } from "./sex.codes.js";

export const sexEn = {
  female: { label: "Female", definition: "Recorded as female." },
  male: { label: "Male", definition: "Recorded as male." },
  other: { label: "Other", definition: "Recorded as neither female nor male, including intersex." },
  unknown: { label: "Unknown", definition: "Sex was not recorded or is not known." },
} as const satisfies CodeTexts<typeof sex>;
