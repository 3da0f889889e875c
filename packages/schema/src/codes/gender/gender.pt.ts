import type { CodeTexts } from "../define-code-list.js";
import type { gender } from "./gender.codes.js";

export const genderPt = {
  feminine: { label: "Feminino", definition: "Identifica-se ou apresenta-se como mulher ou menina." },
  masculine: { label: "Masculino", definition: "Identifica-se ou apresenta-se como homem ou menino." },
  transgender_feminine: {
    label: "Transgênero feminino",
    definition: "Pessoa transgênero cujo gênero é feminino.",
  },
  transgender_masculine: {
    label: "Transgênero masculino",
    definition: "Pessoa transgênero cujo gênero é masculino.",
  },
  non_conforming: {
    label: "Gênero não conforme",
    definition:
      "Identifica-se ou apresenta-se fora do binário feminino/masculino, como ambos ou como nenhum.",
  },
  not_specified: {
    label: "Não especificado ou desconhecido",
    definition: "O gênero não foi perguntado, não foi declarado ou não é conhecido.",
  },
} as const satisfies CodeTexts<typeof gender>;
