import type { CodeTexts } from "../define-code-list.js";
import type { dataSource } from "./data-source.codes.js";

export const dataSourcePt = {
  case_management: {
    label: "Gestão de casos",
    definition: "Registros mantidos por uma instituição durante o atendimento à pessoa.",
  },
  hotline: {
    label: "Linha de atendimento",
    definition: "Ligações ou mensagens recebidas por uma linha de atendimento.",
  },
  law_enforcement: {
    label: "Segurança pública e justiça",
    definition: "Registros da polícia, do Ministério Público ou dos tribunais.",
  },
  survey: {
    label: "Pesquisa amostral",
    definition: "Respostas coletadas por meio de um questionário ou estudo de pesquisa.",
  },
  other: { label: "Outra", definition: "Outro tipo de fonte." },
} as const satisfies CodeTexts<typeof dataSource>;
