import type { CodeTexts } from "../define-code-list.js";
import type { compensationSource } from "./compensation-source.codes.js";

export const compensationSourceEs = {
  court_order: { label: "Orden judicial", definition: "Ordenada por un tribunal penal, civil o laboral." },
  state_fund: { label: "Fondo estatal", definition: "Pagada por un fondo estatal de reparación a víctimas." },
  settlement: { label: "Acuerdo", definition: "Pactada con el autor o el empleador fuera del tribunal." },
  other: { label: "Otra", definition: "Otra fuente." },
} as const satisfies CodeTexts<typeof compensationSource>;
