import type { CodeTexts } from "../define-code-list.js";
import type { act } from "./act.codes.js";

export const actFr = {
  recruitment: {
    label: "Recrutement",
    definition: "Enrôler ou engager une personne, par quelque moyen que ce soit, en vue de son exploitation.",
  },
  transportation: {
    label: "Transport",
    definition:
      "Déplacer une personne d'un lieu à un autre, à l'intérieur d'un pays ou par-delà les frontières.",
  },
  transfer: {
    label: "Transfert",
    definition: "Remise du contrôle d'une personne d'un individu ou d'un groupe à un autre.",
  },
  harbouring: {
    label: "Hébergement",
    definition:
      "Loger ou cacher une personne à n'importe quelle étape, par exemple en transit ou sur le lieu d'exploitation.",
  },
  receipt: {
    label: "Accueil",
    definition:
      "Prendre en charge une personne à son arrivée, par exemple à destination ou à un point de rencontre.",
  },
} as const satisfies CodeTexts<typeof act>;
