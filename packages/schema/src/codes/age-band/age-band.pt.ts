import type { CodeTexts } from "../define-code-list.js";
import type { ageBand } from "./age-band.codes.js";

export const ageBandPt = {
  "0-8": { label: "0 a 8 anos", definition: "Idade entre 0 e 8 anos." },
  "9-17": { label: "9 a 17 anos", definition: "Idade entre 9 e 17 anos." },
  "18-20": { label: "18 a 20 anos", definition: "Idade entre 18 e 20 anos." },
  "21-23": { label: "21 a 23 anos", definition: "Idade entre 21 e 23 anos." },
  "24-26": { label: "24 a 26 anos", definition: "Idade entre 24 e 26 anos." },
  "27-29": { label: "27 a 29 anos", definition: "Idade entre 27 e 29 anos." },
  "30-38": { label: "30 a 38 anos", definition: "Idade entre 30 e 38 anos." },
  "39-47": { label: "39 a 47 anos", definition: "Idade entre 39 e 47 anos." },
  "48+": { label: "48 anos ou mais", definition: "Idade de 48 anos ou mais." },
} as const satisfies CodeTexts<typeof ageBand>;
