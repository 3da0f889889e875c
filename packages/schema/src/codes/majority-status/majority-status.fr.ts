import type { CodeTexts } from "../define-code-list.js";
import type { majorityStatus } from "./majority-status.codes.js";

export const majorityStatusFr = {
  child: { label: "Mineur", definition: "Personne âgée de moins de 18 ans." },
  adult: { label: "Adulte", definition: "Personne âgée de 18 ans ou plus." },
  unknown: { label: "Inconnu", definition: "On ne sait pas si la personne est mineure ou adulte." },
} as const satisfies CodeTexts<typeof majorityStatus>;
