import type { CodeTexts } from "../define-code-list.js";
import type { screeningTool } from "./screening-tool.codes.js";

export const screeningToolEs = {
  ilo_forced_labour_indicators: {
    label: "Indicadores de trabajo forzoso de la OIT",
    definition: "Los 11 indicadores de trabajo forzoso de la OIT.",
  },
  ilo_ec_operational_indicators: {
    label: "Indicadores operativos OIT–CE",
    definition:
      "Los indicadores operativos de trata de la OIT y la Comisión Europea (2009), cada uno fuerte, medio o débil.",
  },
  iom_screening_form: {
    label: "Formulario de evaluación de la OIM",
    definition:
      "El formulario de la OIM para migrantes vulnerables a la violencia, la explotación y el abuso.",
  },
  national_tool: {
    label: "Herramienta nacional",
    definition: "Una herramienta de evaluación del mecanismo nacional de derivación.",
  },
  other: { label: "Otra", definition: "Otra herramienta, indicada en el nombre de la herramienta." },
} as const satisfies CodeTexts<typeof screeningTool>;
