import type { CodeTexts } from "../define-code-list.js";
import type { legalAssistanceBasis } from "./legal-assistance-basis.codes.js";

export const legalAssistanceBasisPt = {
  untoc_article_18: {
    label: "Art. 18 da UNTOC",
    definition:
      "Artigo 18 da Convenção das Nações Unidas contra o Crime Organizado Transnacional, aplicável aos crimes do Protocolo de Palermo.",
  },
  inter_american_convention: {
    label: "Convenção Interamericana",
    definition: "A Convenção Interamericana sobre Assistência Mútua em Matéria Penal (OEA, 1992).",
  },
  bilateral_treaty: {
    label: "Tratado bilateral",
    definition: "Um tratado de assistência jurídica entre os dois Estados.",
  },
  reciprocity: {
    label: "Reciprocidade",
    definition: "Sem tratado: assistência prestada com promessa de reciprocidade ou cortesia internacional.",
  },
  domestic_law: {
    label: "Direito interno",
    definition: "A lei do próprio Estado requerido sobre cooperação internacional.",
  },
  other: { label: "Outro", definition: "Outra base jurídica, como outro tratado multilateral." },
} as const satisfies CodeTexts<typeof legalAssistanceBasis>;
