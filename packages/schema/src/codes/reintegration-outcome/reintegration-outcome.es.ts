import type { CodeTexts } from "../define-code-list.js";
import type { reintegrationOutcome } from "./reintegration-outcome.codes.js";

export const reintegrationOutcomeEs = {
  reintegrated: {
    label: "Reintegrada",
    definition: "La persona está establecida, segura y es autosuficiente.",
  },
  in_progress: { label: "En curso", definition: "El apoyo a la reintegración continúa." },
  re_trafficked: { label: "Nuevamente tratada", definition: "La persona volvió a ser víctima de trata." },
  lost_contact: { label: "Contacto perdido", definition: "El servicio perdió contacto con la persona." },
  declined: { label: "Apoyo rechazado", definition: "La persona rechazó más apoyo." },
  other: { label: "Otro", definition: "Otro resultado." },
} as const satisfies CodeTexts<typeof reintegrationOutcome>;
