import type { CodeTexts } from "../define-code-list.js";
import type { organisedCrimeInvolvement } from "./organised-crime-involvement.codes.js";

export const organisedCrimeInvolvementEs = {
  none: { label: "Ninguna", definition: "No se constató participación de la delincuencia organizada." },
  individual: {
    label: "Autor individual",
    definition: "Cometido por una persona, o por unas pocas que actúan sin una estructura organizada.",
  },
  organised_criminal_group: {
    label: "Grupo delictivo organizado",
    definition:
      "Grupo estructurado de tres o más personas que actúa de forma concertada y duradera para obtener un beneficio material.",
  },
  transnational_network: {
    label: "Red transnacional",
    definition: "Grupo o red organizada que opera a través de fronteras nacionales.",
  },
  unknown: { label: "Desconocido", definition: "No se conoce o no se evaluó." },
} as const satisfies CodeTexts<typeof organisedCrimeInvolvement>;
