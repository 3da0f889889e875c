import type { CodeTexts } from "../define-code-list.js";
import type { verdict } from "./verdict.codes.js";

export const verdictPt = {
  convicted: { label: "Condenação", definition: "Declarado culpado do crime." },
  acquitted: { label: "Absolvição", definition: "Declarado inocente do crime." },
  dismissed: {
    label: "Arquivamento",
    definition: "Acusação retirada ou processo arquivado sem decisão sobre a culpa.",
  },
  pending: { label: "Pendente", definition: "Ainda não há decisão definitiva." },
  plea_agreement: {
    label: "Acordo de culpa",
    definition: "Resolvido por um acordo em que o réu admite a culpa em troca de uma acusação ou pena menor.",
  },
} as const satisfies CodeTexts<typeof verdict>;
