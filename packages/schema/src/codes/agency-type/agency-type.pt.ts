import type { CodeTexts } from "../define-code-list.js";
import type { agencyType } from "./agency-type.codes.js";

export const agencyTypePt = {
  ngo: {
    label: "ONG",
    definition: "Organização da sociedade civil, não governamental e sem fins lucrativos.",
  },
  law_enforcement: {
    label: "Forças de segurança",
    definition: "Polícia, guarda de fronteira ou outro órgão encarregado de aplicar a lei penal.",
  },
  health_service: {
    label: "Serviço de saúde",
    definition: "Hospital, clínica ou outro prestador de cuidados de saúde.",
  },
  central_government: {
    label: "Governo central",
    definition: "Ministério ou outro órgão do governo nacional.",
  },
  local_government: { label: "Governo local", definition: "Autoridade regional, estadual ou municipal." },
  immigration_service: {
    label: "Serviço de migração",
    definition: "Autoridade responsável pela entrada, permanência e retirada de estrangeiros.",
  },
  legal_service: {
    label: "Serviço jurídico",
    definition:
      "Advogado, núcleo de prática jurídica ou outro prestador de orientação e representação jurídica.",
  },
  corporate_business: { label: "Empresa", definition: "Empresa privada ou outra entidade comercial." },
  school_or_college: {
    label: "Escola ou faculdade",
    definition: "Escola, faculdade, universidade ou outra instituição de ensino.",
  },
  prosecution: { label: "Ministério Público", definition: "Órgão responsável por propor a ação penal." },
  judiciary: {
    label: "Poder Judiciário",
    definition: "Tribunal ou juízo que julga os processos e decide sobre a culpa e as penas.",
  },
  labour_inspectorate: {
    label: "Inspeção do trabalho",
    definition: "Serviço público que fiscaliza os locais de trabalho e faz cumprir a legislação trabalhista.",
  },
  international_organisation: {
    label: "Organização internacional",
    definition: "Organização intergovernamental, como a OIM, o UNODC ou o ACNUR.",
  },
  shelter: { label: "Abrigo", definition: "Casa de acolhimento ou unidade residencial que abriga vítimas." },
  hotline: {
    label: "Linha de atendimento",
    definition: "Canal telefônico ou on-line que recebe denúncias e oferece orientação.",
  },
  national_rapporteur: {
    label: "Relator nacional",
    definition:
      "Instância independente que monitora a ação do Estado contra o tráfico de pessoas e presta contas sobre ela.",
  },
  tip_task_force: {
    label: "Comitê de enfrentamento ao tráfico",
    definition: "Órgão interinstitucional que coordena a resposta nacional ao tráfico de pessoas.",
  },
  embassy_or_consulate: {
    label: "Embaixada ou consulado",
    definition: "Missão diplomática ou consular de um Estado no exterior.",
  },
  child_protection: {
    label: "Proteção à infância",
    definition: "Autoridade ou serviço responsável pelo cuidado e pela proteção de crianças e adolescentes.",
  },
  social_services: {
    label: "Assistência social",
    definition: "Serviço público ou conveniado que presta apoio socioassistencial.",
  },
  other: { label: "Outro", definition: "Qualquer outro tipo de organização." },
} as const satisfies CodeTexts<typeof agencyType>;
