import type { CodeTexts } from "../define-code-list.js";
import type { assistanceService } from "./assistance-service.codes.js";

export const assistanceServicePt = {
  education: { label: "Educação", definition: "Escolarização, alfabetização ou formação profissional." },
  financial: {
    label: "Apoio financeiro",
    definition: "Auxílios em dinheiro, benefícios ou apoio para administrar o dinheiro.",
  },
  health: { label: "Saúde", definition: "Plano de apoio que abrange o bem-estar físico e mental da pessoa." },
  labour_exploitation_rehabilitation: {
    label: "Reabilitação após exploração laboral",
    definition: "Programa de recuperação voltado a sobreviventes de exploração laboral.",
  },
  legal: {
    label: "Apoio jurídico",
    definition:
      "Plano de apoio para questões jurídicas como a situação migratória, os processos ou as reclamações.",
  },
  livelihood: {
    label: "Meios de subsistência",
    definition:
      "Apoio para gerar renda, como a colocação no mercado de trabalho ou o apoio a um pequeno negócio.",
  },
  rights_based_training: {
    label: "Formação em direitos",
    definition: "Capacitação que informa a pessoa sobre seus direitos e como exercê-los.",
  },
  sexual_exploitation_rehabilitation: {
    label: "Reabilitação após exploração sexual",
    definition: "Programa de recuperação voltado a sobreviventes de exploração sexual.",
  },
  social_care: {
    label: "Assistência social",
    definition: "Acompanhamento de caso e apoio social no dia a dia.",
  },
  shelter: { label: "Abrigo", definition: "Acolhimento em local seguro e adequado." },
  medical_care: {
    label: "Atendimento médico",
    definition: "Exame e tratamento médico por profissionais de saúde.",
  },
  psychological_support: {
    label: "Apoio psicológico",
    definition: "Aconselhamento, psicoterapia ou apoio psicossocial.",
  },
  interpretation: {
    label: "Interpretação",
    definition: "Interpretação e tradução para um idioma que a pessoa compreende.",
  },
  legal_aid: {
    label: "Assistência jurídica gratuita",
    definition: "Orientação e representação por advogado, gratuita ou subsidiada.",
  },
  reflection_period: {
    label: "Período de reflexão",
    definition:
      "Prazo concedido para se recuperar e decidir se coopera com as autoridades, sem ser retirada do país.",
  },
  residence_permit: {
    label: "Autorização de residência",
    definition: "Apoio para obter o direito de residência temporária ou permanente.",
  },
  safe_return: {
    label: "Retorno seguro",
    definition: "Retorno assistido e voluntário ao país de origem após uma avaliação de riscos.",
  },
  reintegration: {
    label: "Reintegração",
    definition: "Apoio para reconstruir a vida na comunidade após o retorno ou a saída da exploração.",
  },
  family_tracing: {
    label: "Localização de familiares",
    definition: "Localizar familiares e verificar se o contato ou a reunificação são seguros.",
  },
  compensation_support: {
    label: "Apoio à indenização",
    definition: "Apoio para pedir indenização aos autores ou a um fundo público.",
  },
  child_protection_services: {
    label: "Serviços de proteção à infância",
    definition: "Tutela, avaliação do melhor interesse e cuidado de uma criança ou adolescente vítima.",
  },
  repatriation: {
    label: "Repatriação",
    definition:
      "Trâmites formais entre Estados para que um nacional regresse ao seu país, incluindo documentos de viagem e transporte.",
  },
  other: { label: "Outro", definition: "Outro tipo de assistência." },
} as const satisfies CodeTexts<typeof assistanceService>;
