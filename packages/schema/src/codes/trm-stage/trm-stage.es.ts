import type { CodeTexts } from "../define-code-list.js";
import type { trmStage } from "./trm-stage.codes.js";

export const trmStageEs = {
  identification: {
    label: "Identificación",
    definition: "Detectar a una presunta víctima y determinar su condición.",
  },
  first_assistance_and_protection: {
    label: "Primera asistencia y protección",
    definition:
      "Seguridad inmediata, alojamiento, atención de salud, información y un período de reflexión tras la identificación.",
  },
  long_term_assistance_and_social_inclusion: {
    label: "Asistencia a largo plazo e inclusión social",
    definition: "Apoyo continuado en el país de destino para lograr una vida independiente.",
  },
  return_and_social_inclusion: {
    label: "Retorno e inclusión social",
    definition: "Retorno asistido al país de origen tras una evaluación de riesgos, y reintegración en él.",
  },
  criminal_and_civil_proceedings: {
    label: "Procesos penales y civiles",
    definition:
      "Apoyo a la participación de la persona en el enjuiciamiento de los responsables y en la reclamación de una indemnización.",
  },
} as const satisfies CodeTexts<typeof trmStage>;
