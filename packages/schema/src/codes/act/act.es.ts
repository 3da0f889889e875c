import type { CodeTexts } from "../define-code-list.js";
import type { act } from "./act.codes.js";

export const actEs = {
  recruitment: {
    label: "Captación",
    definition: "Atraer o enrolar a una persona, por cualquier medio, con miras a su explotación.",
  },
  transportation: {
    label: "Transporte",
    definition: "Llevar a una persona de un lugar a otro, dentro de un país o a través de fronteras.",
  },
  transfer: {
    label: "Traslado",
    definition: "Entregar el control de una persona de un individuo o grupo a otro.",
  },
  harbouring: {
    label: "Acogida",
    definition:
      "Alojar u ocultar a una persona en cualquier etapa, por ejemplo en tránsito o en el lugar de explotación.",
  },
  receipt: {
    label: "Recepción",
    definition: "Recibir a una persona a su llegada, por ejemplo en el destino o en un punto de encuentro.",
  },
} as const satisfies CodeTexts<typeof act>;
