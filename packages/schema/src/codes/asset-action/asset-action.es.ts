import type { CodeTexts } from "../define-code-list.js";
import type { assetAction } from "./asset-action.codes.js";

export const assetActionEs = {
  identified: {
    label: "Identificados",
    definition: "Se rastrearon bienes y se vincularon al delito o al autor.",
  },
  frozen: {
    label: "Congelados",
    definition: "Se prohibió temporalmente su transferencia o uso por orden de una autoridad.",
  },
  seized: {
    label: "Incautados",
    definition: "Quedaron bajo custodia de las autoridades a la espera de una decisión definitiva.",
  },
  confiscated: {
    label: "Decomisados",
    definition: "Perdidos de forma definitiva por resolución judicial firme.",
  },
  returned_to_victim: {
    label: "Restituidos a la víctima",
    definition: "Devueltos o pagados a una víctima, por ejemplo como reparación.",
  },
} as const satisfies CodeTexts<typeof assetAction>;
