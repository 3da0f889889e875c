import type { CodeTexts } from "../define-code-list.js";
import type { legalAssistanceType } from "./legal-assistance-type.codes.js";

export const legalAssistanceTypePt = {
  taking_evidence: {
    label: "Colher provas ou depoimentos",
    definition: "Colher provas ou depoimentos de pessoas (art. 18.3.a).",
  },
  service_of_documents: {
    label: "Citação e notificação de atos judiciais",
    definition: "Notificar atos judiciais (art. 18.3.b).",
  },
  search_seizure_freezing: {
    label: "Busca, apreensão e bloqueio",
    definition: "Executar buscas e apreensões, e bloqueios de bens (art. 18.3.c).",
  },
  examining_objects_and_sites: {
    label: "Exame de objetos e locais",
    definition: "Examinar objetos e locais (art. 18.3.d).",
  },
  information_and_expert_evaluations: {
    label: "Informações e perícias",
    definition: "Fornecer informações, elementos de prova e avaliações de peritos (art. 18.3.e).",
  },
  documents_and_records: {
    label: "Documentos e registros",
    definition:
      "Fornecer originais ou cópias autenticadas de documentos e registros, inclusive bancários, financeiros, societários ou comerciais (art. 18.3.f).",
  },
  tracing_proceeds: {
    label: "Rastreamento do produto do crime",
    definition:
      "Identificar ou localizar o produto do crime, bens, instrumentos ou outros elementos para fins de prova (art. 18.3.g).",
  },
  voluntary_appearance: {
    label: "Comparecimento voluntário de pessoas",
    definition: "Facilitar o comparecimento voluntário de pessoas no Estado requerente (art. 18.3.h).",
  },
  other: {
    label: "Outra",
    definition: "Qualquer outra assistência permitida pelo direito do Estado requerido (art. 18.3.i).",
  },
} as const satisfies CodeTexts<typeof legalAssistanceType>;
