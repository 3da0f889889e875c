import type { CodeTexts } from "../define-code-list.js";
import type { criminalJusticeStage } from "./criminal-justice-stage.codes.js";

export const criminalJusticeStagePt = {
  suspected: {
    label: "Suspeito",
    definition: "Apontado como envolvido, sem que as autoridades tenham tomado ainda qualquer medida formal.",
  },
  formal_contact: {
    label: "Contato formal",
    definition:
      "Entrou em contato formal com a polícia ou a justiça, por exemplo preso, advertido ou registrado como suspeito.",
  },
  investigation: {
    label: "Investigação",
    definition: "A polícia ou o Ministério Público está reunindo provas sobre o crime.",
  },
  prosecution: {
    label: "Denúncia",
    definition: "O Ministério Público apresentou acusação perante um tribunal.",
  },
  trial: { label: "Julgamento", definition: "O processo está sendo julgado por um tribunal." },
  convicted: { label: "Condenado", definition: "Declarado culpado por um tribunal." },
  acquitted: { label: "Absolvido", definition: "Declarado inocente por um tribunal." },
  case_dismissed: {
    label: "Processo arquivado",
    definition: "O processo terminou sem decisão sobre a culpa, por exemplo porque a acusação foi retirada.",
  },
  appeal: { label: "Recurso", definition: "Uma decisão está sendo contestada perante um tribunal superior." },
} as const satisfies CodeTexts<typeof criminalJusticeStage>;
