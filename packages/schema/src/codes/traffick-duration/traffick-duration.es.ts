import type { CodeTexts } from "../define-code-list.js";
import type { traffickDuration } from "./traffick-duration.codes.js";

export const traffickDurationEs = {
  "0-12": { label: "Hasta 12 meses", definition: "Duración de la trata de 12 meses o menos." },
  "13-24": { label: "13 a 24 meses", definition: "Duración de la trata de entre 13 y 24 meses." },
  "25+": { label: "25 meses o más", definition: "Duración de la trata de 25 meses o más." },
} as const satisfies CodeTexts<typeof traffickDuration>;
