import type { CodeTexts } from "../define-code-list.js";
import type { financialInquiryOutcome } from "./financial-inquiry-outcome.codes.js";

export const financialInquiryOutcomePt = {
  ongoing: { label: "Em andamento", definition: "A apuração continua aberta." },
  disseminated: {
    label: "Encaminhada a investigadores",
    definition: "As constatações foram encaminhadas à polícia ou ao Ministério Público.",
  },
  charges_brought: {
    label: "Denúncia oferecida",
    definition: "Houve denúncia por lavagem de dinheiro ou outro crime financeiro.",
  },
  conviction: {
    label: "Condenação",
    definition: "Um tribunal condenou por lavagem de dinheiro ou outro crime financeiro.",
  },
  closed_without_action: {
    label: "Arquivada sem providências",
    definition: "A apuração foi arquivada sem outras providências.",
  },
  other: { label: "Outro", definition: "Outro resultado." },
} as const satisfies CodeTexts<typeof financialInquiryOutcome>;
