import type { CodeTexts } from "../define-code-list.js";
import type { financialInquiryKind } from "./financial-inquiry-kind.codes.js";

export const financialInquiryKindPt = {
  suspicious_transaction_report: {
    label: "Comunicação de operação suspeita",
    definition:
      "Comunicação de um banco ou outra entidade obrigada à unidade de inteligência financeira sobre uma operação que suspeita estar ligada ao tráfico.",
  },
  financial_intelligence_report: {
    label: "Relatório de inteligência financeira",
    definition: "Análise que a unidade de inteligência financeira encaminha a investigadores ou promotores.",
  },
  money_laundering_investigation: {
    label: "Investigação de lavagem de dinheiro",
    definition: "Investigação criminal da lavagem do produto do tráfico.",
  },
  parallel_financial_investigation: {
    label: "Investigação financeira paralela",
    definition:
      "Investigação financeira conduzida junto com a investigação de tráfico para rastrear os bens dos autores.",
  },
} as const satisfies CodeTexts<typeof financialInquiryKind>;
