import type { CodeTexts } from "../define-code-list.js";
import type { exchangePurpose } from "./exchange-purpose.codes.js";

export const exchangePurposePt = {
  referral: {
    label: "Encaminhamento",
    definition: "Encaminhamento de uma pessoa a uma instituição para assistência ou proteção.",
  },
  case_cooperation: {
    label: "Cooperação em casos",
    definition: "Cooperação entre instituições ou Estados em uma investigação ou caso.",
  },
  statistics: {
    label: "Estatística",
    definition: "Dados agregados ou desidentificados para estatísticas oficiais e relatórios.",
  },
  agency_directory: {
    label: "Diretório de instituições",
    definition: "Informações sobre instituições, seus serviços e pontos de contato.",
  },
  research: { label: "Pesquisa", definition: "Dados desidentificados para pesquisas aprovadas." },
  audit: {
    label: "Auditoria",
    definition: "Registros fornecidos para supervisão, auditoria ou revisão de qualidade.",
  },
} as const satisfies CodeTexts<typeof exchangePurpose>;
