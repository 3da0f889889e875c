import type { CodeTexts } from "../define-code-list.js";
import type { act } from "./act.codes.js";

export const actPt = {
  recruitment: {
    label: "Recrutamento",
    definition: "Aliciar ou engajar uma pessoa, por qualquer meio, com vistas à sua exploração.",
  },
  transportation: {
    label: "Transporte",
    definition: "Levar uma pessoa de um lugar a outro, dentro de um país ou através de fronteiras.",
  },
  transfer: {
    label: "Transferência",
    definition: "Passagem do controle de uma pessoa de um indivíduo ou grupo para outro.",
  },
  harbouring: {
    label: "Alojamento",
    definition:
      "Abrigar ou esconder uma pessoa em qualquer etapa, por exemplo em trânsito ou no local de exploração.",
  },
  receipt: {
    label: "Acolhimento",
    definition: "Receber uma pessoa na chegada, por exemplo no destino ou em um ponto de encontro.",
  },
} as const satisfies CodeTexts<typeof act>;
