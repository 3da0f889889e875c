import type { CodeTexts } from "../define-code-list.js";
import type { ageBand } from "./age-band.codes.js";

export const ageBandEn = {
  "0-8": { label: "0 to 8 years", definition: "Aged 0 to 8 years." },
  "9-17": { label: "9 to 17 years", definition: "Aged 9 to 17 years." },
  "18-20": { label: "18 to 20 years", definition: "Aged 18 to 20 years." },
  "21-23": { label: "21 to 23 years", definition: "Aged 21 to 23 years." },
  "24-26": { label: "24 to 26 years", definition: "Aged 24 to 26 years." },
  "27-29": { label: "27 to 29 years", definition: "Aged 27 to 29 years." },
  "30-38": { label: "30 to 38 years", definition: "Aged 30 to 38 years." },
  "39-47": { label: "39 to 47 years", definition: "Aged 39 to 47 years." },
  "48+": { label: "48 years or older", definition: "Aged 48 years or older." },
} as const satisfies CodeTexts<typeof ageBand>;
