import type { CodeTexts } from "../define-code-list.js";
import type { assetAction } from "./asset-action.codes.js";

export const assetActionPt = {
  identified: {
    label: "Identificados",
    definition: "Bens foram rastreados e vinculados ao crime ou ao autor.",
  },
  frozen: {
    label: "Bloqueados",
    definition: "Transferência ou uso temporariamente proibidos por ordem de uma autoridade.",
  },
  seized: {
    label: "Apreendidos",
    definition: "Ficaram sob custódia das autoridades até uma decisão definitiva.",
  },
  confiscated: {
    label: "Confiscados",
    definition: "Perdidos definitivamente por decisão judicial transitada em julgado.",
  },
  returned_to_victim: {
    label: "Restituídos à vítima",
    definition: "Devolvidos ou pagos a uma vítima, por exemplo a título de indenização.",
  },
} as const satisfies CodeTexts<typeof assetAction>;
