import type { CodeTexts } from "../define-code-list.js";
import type { placeRole } from "./place-role.codes.js";

export const placeRoleEn = {
  recruitment: { label: "Recruitment", definition: "Where the victim was recruited." },
  transit: { label: "Transit", definition: "A place the victim passed through on the way to exploitation." },
  exploitation: { label: "Exploitation", definition: "Where the victim was exploited." },
  identification: { label: "Identification", definition: "Where the victim was detected or identified." },
} as const satisfies CodeTexts<typeof placeRole>;
