import type { CodeTexts } from "../define-code-list.js";
import type { trmStage } from "./trm-stage.codes.js";

export const trmStagePt = {
  identification: {
    label: "Identificação",
    definition: "Detectar uma vítima presumida e determinar sua condição.",
  },
  first_assistance_and_protection: {
    label: "Primeira assistência e proteção",
    definition:
      "Segurança imediata, abrigo, atendimento de saúde, informação e um período de reflexão após a identificação.",
  },
  long_term_assistance_and_social_inclusion: {
    label: "Assistência de longo prazo e inclusão social",
    definition: "Apoio continuado no país de destino rumo a uma vida independente.",
  },
  return_and_social_inclusion: {
    label: "Retorno e inclusão social",
    definition: "Retorno assistido ao país de origem após uma avaliação de riscos, e reintegração nele.",
  },
  criminal_and_civil_proceedings: {
    label: "Processos penais e cíveis",
    definition:
      "Apoio à participação da pessoa na responsabilização dos autores e nos pedidos de indenização.",
  },
} as const satisfies CodeTexts<typeof trmStage>;
