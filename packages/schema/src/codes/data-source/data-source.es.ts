import type { CodeTexts } from "../define-code-list.js";
import type { dataSource } from "./data-source.codes.js";

export const dataSourceEs = {
  case_management: {
    label: "Gestión de casos",
    definition: "Registros que lleva una institución mientras asiste a la persona.",
  },
  hotline: { label: "Línea de ayuda", definition: "Llamadas o mensajes recibidos por una línea de ayuda." },
  law_enforcement: {
    label: "Fuerzas de seguridad y justicia",
    definition: "Registros de la policía, la fiscalía o los tribunales.",
  },
  survey: {
    label: "Encuesta",
    definition: "Respuestas recogidas mediante una encuesta o un estudio de investigación.",
  },
  other: { label: "Otra", definition: "Otro tipo de fuente." },
} as const satisfies CodeTexts<typeof dataSource>;
