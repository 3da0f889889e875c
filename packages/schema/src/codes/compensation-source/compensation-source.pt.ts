import type { CodeTexts } from "../define-code-list.js";
import type { compensationSource } from "./compensation-source.codes.js";

export const compensationSourcePt = {
  court_order: {
    label: "Ordem judicial",
    definition: "Determinada por um tribunal penal, cível ou trabalhista.",
  },
  state_fund: { label: "Fundo estatal", definition: "Paga por um fundo estatal de indenização às vítimas." },
  settlement: { label: "Acordo", definition: "Acordada com o autor ou empregador fora do tribunal." },
  other: { label: "Outra", definition: "Outra fonte." },
} as const satisfies CodeTexts<typeof compensationSource>;
