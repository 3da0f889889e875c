import type { CodeTexts } from "../define-code-list.js";
import type { assistanceService } from "./assistance-service.codes.js";

export const assistanceServiceEs = {
  education: { label: "Educación", definition: "Escolarización, alfabetización o formación profesional." },
  financial: {
    label: "Apoyo económico",
    definition: "Subsidios, ayudas en efectivo o apoyo para administrar el dinero.",
  },
  health: {
    label: "Salud",
    definition: "Plan de apoyo que abarca el bienestar físico y mental de la persona.",
  },
  labour_exploitation_rehabilitation: {
    label: "Rehabilitación tras explotación laboral",
    definition: "Programa de recuperación pensado para sobrevivientes de explotación laboral.",
  },
  legal: {
    label: "Apoyo jurídico",
    definition:
      "Plan de apoyo para asuntos legales como la situación migratoria, los procesos o las reclamaciones.",
  },
  livelihood: {
    label: "Medios de vida",
    definition:
      "Apoyo para generar ingresos, como la inserción laboral o el apoyo a un pequeño emprendimiento.",
  },
  rights_based_training: {
    label: "Formación en derechos",
    definition: "Capacitación que informa a la persona sobre sus derechos y cómo ejercerlos.",
  },
  sexual_exploitation_rehabilitation: {
    label: "Rehabilitación tras explotación sexual",
    definition: "Programa de recuperación pensado para sobrevivientes de explotación sexual.",
  },
  social_care: { label: "Atención social", definition: "Gestión de casos y apoyo social en la vida diaria." },
  shelter: { label: "Alojamiento", definition: "Alojamiento seguro y adecuado." },
  medical_care: {
    label: "Atención médica",
    definition: "Examen y tratamiento médico a cargo de profesionales de la salud.",
  },
  psychological_support: {
    label: "Apoyo psicológico",
    definition: "Orientación psicológica, psicoterapia o apoyo psicosocial.",
  },
  interpretation: {
    label: "Interpretación",
    definition: "Interpretación y traducción a un idioma que la persona comprende.",
  },
  legal_aid: {
    label: "Asistencia jurídica gratuita",
    definition: "Asesoría y representación por un abogado, gratuita o subvencionada.",
  },
  reflection_period: {
    label: "Período de reflexión",
    definition:
      "Plazo concedido para recuperarse y decidir si cooperar con las autoridades, sin ser expulsada.",
  },
  residence_permit: {
    label: "Permiso de residencia",
    definition: "Apoyo para obtener un derecho de residencia temporal o permanente.",
  },
  safe_return: {
    label: "Retorno seguro",
    definition: "Retorno asistido y voluntario al país de origen tras una evaluación de riesgos.",
  },
  reintegration: {
    label: "Reintegración",
    definition: "Apoyo para rehacer la vida en la comunidad tras el retorno o la salida de la explotación.",
  },
  family_tracing: {
    label: "Búsqueda de familiares",
    definition: "Localizar a familiares y verificar si el contacto o la reunificación son seguros.",
  },
  compensation_support: {
    label: "Apoyo para la reparación",
    definition: "Apoyo para reclamar una indemnización a los responsables o a un fondo estatal.",
  },
  child_protection_services: {
    label: "Servicios de protección de la infancia",
    definition: "Tutela, determinación del interés superior y cuidado de una víctima menor de edad.",
  },
  repatriation: {
    label: "Repatriación",
    definition:
      "Trámites formales entre Estados para que una persona regrese a su país, incluidos documentos de viaje y traslado.",
  },
  other: { label: "Otro", definition: "Otro tipo de asistencia." },
} as const satisfies CodeTexts<typeof assistanceService>;
