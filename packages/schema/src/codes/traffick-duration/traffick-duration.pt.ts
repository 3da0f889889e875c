import type { CodeTexts } from "../define-code-list.js";
import type { traffickDuration } from "./traffick-duration.codes.js";

export const traffickDurationPt = {
  "0-12": { label: "Até 12 meses", definition: "Duração do tráfico de 12 meses ou menos." },
  "13-24": { label: "13 a 24 meses", definition: "Duração do tráfico entre 13 e 24 meses." },
  "25+": { label: "25 meses ou mais", definition: "Duração do tráfico de 25 meses ou mais." },
} as const satisfies CodeTexts<typeof traffickDuration>;
