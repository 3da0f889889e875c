import type { CodeTexts } from "../define-code-list.js";
import type { exchangePurpose } from "./exchange-purpose.codes.js";

export const exchangePurposeEs = {
  referral: {
    label: "Derivación",
    definition: "Derivación de una persona a una institución para su asistencia o protección.",
  },
  case_cooperation: {
    label: "Cooperación en casos",
    definition: "Cooperación entre instituciones o Estados en una investigación o un caso.",
  },
  statistics: {
    label: "Estadística",
    definition: "Datos agregados o anonimizados para estadísticas oficiales e informes.",
  },
  agency_directory: {
    label: "Directorio de instituciones",
    definition: "Información sobre instituciones, sus servicios y puntos de contacto.",
  },
  research: { label: "Investigación", definition: "Datos anonimizados para investigaciones aprobadas." },
  audit: {
    label: "Auditoría",
    definition: "Registros aportados para supervisión, auditoría o control de calidad.",
  },
} as const satisfies CodeTexts<typeof exchangePurpose>;
