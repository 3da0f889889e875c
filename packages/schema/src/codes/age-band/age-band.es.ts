import type { CodeTexts } from "../define-code-list.js";
import type { ageBand } from "./age-band.codes.js";

export const ageBandEs = {
  "0-8": { label: "0 a 8 años", definition: "Edad entre 0 y 8 años." },
  "9-17": { label: "9 a 17 años", definition: "Edad entre 9 y 17 años." },
  "18-20": { label: "18 a 20 años", definition: "Edad entre 18 y 20 años." },
  "21-23": { label: "21 a 23 años", definition: "Edad entre 21 y 23 años." },
  "24-26": { label: "24 a 26 años", definition: "Edad entre 24 y 26 años." },
  "27-29": { label: "27 a 29 años", definition: "Edad entre 27 y 29 años." },
  "30-38": { label: "30 a 38 años", definition: "Edad entre 30 y 38 años." },
  "39-47": { label: "39 a 47 años", definition: "Edad entre 39 y 47 años." },
  "48+": { label: "48 años o más", definition: "Edad de 48 años o más." },
} as const satisfies CodeTexts<typeof ageBand>;
