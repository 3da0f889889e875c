import type { CodeTexts } from "../define-code-list.js";
import type { placeRole } from "./place-role.codes.js";

export const placeRoleEs = {
  recruitment: { label: "Captación", definition: "Lugar donde se captó a la víctima." },
  transit: {
    label: "Tránsito",
    definition: "Lugar por el que pasó la víctima en el camino hacia la explotación.",
  },
  exploitation: { label: "Explotación", definition: "Lugar donde se explotó a la víctima." },
  identification: {
    label: "Identificación",
    definition: "Lugar donde se detectó o identificó a la víctima.",
  },
} as const satisfies CodeTexts<typeof placeRole>;
