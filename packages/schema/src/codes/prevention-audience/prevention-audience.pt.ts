import type { CodeTexts } from "../define-code-list.js";
import type { preventionAudience } from "./prevention-audience.codes.js";

export const preventionAudiencePt = {
  general_public: { label: "Público em geral", definition: "A população em geral." },
  police: { label: "Polícia", definition: "Policiais e outros agentes de segurança pública." },
  labour_inspectors: {
    label: "Auditores-fiscais do trabalho",
    definition: "Inspetores e auditores-fiscais do trabalho.",
  },
  judges: { label: "Juízes", definition: "Juízes e servidores do Judiciário." },
  prosecutors: { label: "Promotores", definition: "Membros do Ministério Público." },
  border_guards: {
    label: "Agentes de fronteira e imigração",
    definition: "Guardas de fronteira e agentes de imigração.",
  },
  health_workers: {
    label: "Profissionais de saúde",
    definition: "Médicos, enfermeiros e outros profissionais de saúde.",
  },
  social_workers: {
    label: "Assistentes sociais",
    definition: "Assistentes sociais e equipes de proteção à criança.",
  },
  other_officials: {
    label: "Outros agentes públicos",
    definition: "Outros agentes públicos, como pessoal consular ou diplomático.",
  },
  at_risk_groups: {
    label: "Grupos em risco",
    definition: "Pessoas em risco especial de tráfico, como migrantes, crianças ou quem procura emprego.",
  },
  private_sector: {
    label: "Setor privado",
    definition: "Empresas, recrutadores, pessoal de transporte e hotelaria, bancos.",
  },
  other: { label: "Outro", definition: "Outro público." },
} as const satisfies CodeTexts<typeof preventionAudience>;
