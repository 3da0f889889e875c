import type { CodeTexts } from "../define-code-list.js";
import type { financialInquiryKind } from "./financial-inquiry-kind.codes.js";

export const financialInquiryKindEs = {
  suspicious_transaction_report: {
    label: "Reporte de operación sospechosa",
    definition:
      "Reporte de un banco u otro sujeto obligado a la unidad de inteligencia financiera sobre una operación que sospecha vinculada a la trata.",
  },
  financial_intelligence_report: {
    label: "Informe de inteligencia financiera",
    definition: "Análisis que la unidad de inteligencia financiera remite a investigadores o fiscales.",
  },
  money_laundering_investigation: {
    label: "Investigación de lavado de activos",
    definition: "Investigación penal del lavado del producto de la trata.",
  },
  parallel_financial_investigation: {
    label: "Investigación financiera paralela",
    definition:
      "Investigación financiera llevada junto a la investigación de trata para rastrear los bienes de los autores.",
  },
} as const satisfies CodeTexts<typeof financialInquiryKind>;
