import type { CodeTexts } from "../define-code-list.js";
import type { preventionAudience } from "./prevention-audience.codes.js";

export const preventionAudienceEs = {
  general_public: { label: "Público en general", definition: "La población en general." },
  police: { label: "Policía", definition: "Policías y otros agentes de las fuerzas del orden." },
  labour_inspectors: { label: "Inspectores de trabajo", definition: "Inspectores de trabajo." },
  judges: { label: "Jueces", definition: "Jueces y funcionarios judiciales." },
  prosecutors: { label: "Fiscales", definition: "Fiscales del ministerio público." },
  border_guards: {
    label: "Agentes de frontera y migración",
    definition: "Guardias de frontera y agentes de migración.",
  },
  health_workers: {
    label: "Personal de salud",
    definition: "Médicos, personal de enfermería y otro personal sanitario.",
  },
  social_workers: {
    label: "Trabajadores sociales",
    definition: "Trabajadores sociales y personal de protección de la infancia.",
  },
  other_officials: {
    label: "Otros funcionarios",
    definition: "Otros funcionarios públicos, como personal consular o diplomático.",
  },
  at_risk_groups: {
    label: "Grupos en riesgo",
    definition: "Personas en especial riesgo de trata, como migrantes, niños o personas que buscan empleo.",
  },
  private_sector: {
    label: "Sector privado",
    definition: "Empresas, agencias de empleo, personal de transporte y hostelería, bancos.",
  },
  other: { label: "Otro", definition: "Otro público." },
} as const satisfies CodeTexts<typeof preventionAudience>;
