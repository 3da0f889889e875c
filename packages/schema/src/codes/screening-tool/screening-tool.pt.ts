import type { CodeTexts } from "../define-code-list.js";
import type { screeningTool } from "./screening-tool.codes.js";

export const screeningToolPt = {
  ilo_forced_labour_indicators: {
    label: "Indicadores de trabalho forçado da OIT",
    definition: "Os 11 indicadores de trabalho forçado da OIT.",
  },
  ilo_ec_operational_indicators: {
    label: "Indicadores operacionais OIT–CE",
    definition:
      "Os indicadores operacionais de tráfico da OIT e da Comissão Europeia (2009), cada um forte, médio ou fraco.",
  },
  iom_screening_form: {
    label: "Formulário de triagem da OIM",
    definition: "O formulário da OIM para migrantes vulneráveis à violência, exploração e abuso.",
  },
  national_tool: {
    label: "Ferramenta nacional",
    definition: "Uma ferramenta de triagem do mecanismo nacional de encaminhamento.",
  },
  other: { label: "Outra", definition: "Outra ferramenta, indicada no nome da ferramenta." },
} as const satisfies CodeTexts<typeof screeningTool>;
