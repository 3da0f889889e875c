import type { CodeTexts } from "../define-code-list.js";
import type { tlp } from "./tlp.codes.js";

export const tlpPt = {
  RED: {
    label: "TLP:RED",
    definition: "Somente para os destinatários nomeados; não pode ser repassado a mais ninguém.",
  },
  "AMBER+STRICT": {
    label: "TLP:AMBER+STRICT",
    definition:
      "Só pode ser compartilhado dentro da própria organização destinatária, com quem precisa saber.",
  },
  AMBER: {
    label: "TLP:AMBER",
    definition:
      "Pode ser compartilhado dentro da organização destinatária e com seus clientes, com quem precisa saber.",
  },
  GREEN: {
    label: "TLP:GREEN",
    definition:
      "Pode ser compartilhado dentro da comunidade do destinatário, mas não por canais de acesso público.",
  },
  CLEAR: {
    label: "TLP:CLEAR",
    definition: "Sem limite de divulgação; pode ser tornado público, observadas outras normas legais.",
  },
} as const satisfies CodeTexts<typeof tlp>;
