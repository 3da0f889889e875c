import type { CodeTexts } from "../define-code-list.js";
import type { financialInquiryKind } from "./financial-inquiry-kind.codes.js";

export const financialInquiryKindFr = {
  suspicious_transaction_report: {
    label: "Déclaration de soupçon",
    definition:
      "Déclaration d'une banque ou d'une autre entité assujettie à la cellule de renseignement financier sur une opération qu'elle soupçonne liée à la traite.",
  },
  financial_intelligence_report: {
    label: "Rapport de renseignement financier",
    definition:
      "Analyse transmise par la cellule de renseignement financier aux enquêteurs ou aux procureurs.",
  },
  money_laundering_investigation: {
    label: "Enquête pour blanchiment",
    definition: "Enquête pénale sur le blanchiment du produit de la traite.",
  },
  parallel_financial_investigation: {
    label: "Enquête financière parallèle",
    definition:
      "Enquête financière menée en parallèle de l'enquête sur la traite pour retracer les avoirs des auteurs.",
  },
} as const satisfies CodeTexts<typeof financialInquiryKind>;
