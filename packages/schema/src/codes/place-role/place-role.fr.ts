import type { CodeTexts } from "../define-code-list.js";
import type { placeRole } from "./place-role.codes.js";

export const placeRoleFr = {
  recruitment: { label: "Recrutement", definition: "Lieu où la victime a été recrutée." },
  transit: {
    label: "Transit",
    definition: "Lieu par lequel la victime est passée en route vers l'exploitation.",
  },
  exploitation: { label: "Exploitation", definition: "Lieu où la victime a été exploitée." },
  identification: { label: "Identification", definition: "Lieu où la victime a été repérée ou identifiée." },
} as const satisfies CodeTexts<typeof placeRole>;
