import type { CodeTexts } from "../define-code-list.js";
import type { legalAssistanceDirection } from "./legal-assistance-direction.codes.js";

export const legalAssistanceDirectionEn = {
  sent: { label: "Sent", definition: "The recording State asked another State for assistance." },
  received: { label: "Received", definition: "Another State asked the recording State for assistance." },
} as const satisfies CodeTexts<typeof legalAssistanceDirection>;
