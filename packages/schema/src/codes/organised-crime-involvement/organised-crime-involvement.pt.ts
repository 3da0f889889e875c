import type { CodeTexts } from "../define-code-list.js";
import type { organisedCrimeInvolvement } from "./organised-crime-involvement.codes.js";

export const organisedCrimeInvolvementPt = {
  none: { label: "Nenhum", definition: "Não foi constatado envolvimento do crime organizado." },
  individual: {
    label: "Autor individual",
    definition: "Cometido por uma pessoa, ou por poucas agindo sem uma estrutura organizada.",
  },
  organised_criminal_group: {
    label: "Grupo criminoso organizado",
    definition:
      "Grupo estruturado de três ou mais pessoas que atua em conjunto e de forma duradoura para obter benefício material.",
  },
  transnational_network: {
    label: "Rede transnacional",
    definition: "Grupo ou rede organizada que atua além das fronteiras nacionais.",
  },
  unknown: { label: "Desconhecido", definition: "Não se sabe ou não foi avaliado." },
} as const satisfies CodeTexts<typeof organisedCrimeInvolvement>;
