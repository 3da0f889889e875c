import type { CodeTexts } from "../define-code-list.js";
import type { technologyPurpose } from "./technology-purpose.codes.js";

export const technologyPurposeFr = {
  recruitment: { label: "Recrutement", definition: "Repérer, contacter ou attirer des victimes." },
  advertising_victims: {
    label: "Mise en vente des victimes",
    definition: "Proposer des victimes ou leurs services à des acheteurs ou à des clients.",
  },
  communication_with_victim: {
    label: "Communication avec la victime",
    definition: "Rester en contact avec la victime, lui donner des instructions ou la manipuler.",
  },
  control_and_surveillance: {
    label: "Contrôle et surveillance",
    definition:
      "Suivre, surveiller ou menacer la victime, par exemple par géolocalisation ou au moyen d'images.",
  },
  moving_proceeds: {
    label: "Circulation des profits",
    definition:
      "Recevoir, transférer ou blanchir l'argent de l'exploitation, y compris par monnaie mobile et cryptomonnaies.",
  },
  livestreaming_exploitation: {
    label: "Exploitation diffusée en direct",
    definition: "Diffuser en direct des abus ou une exploitation sexuelle à des spectateurs à distance.",
  },
  exploitation: {
    label: "Exploitation (non précisée)",
    definition: "Utilisée pendant l'exploitation, sans qu'un but plus précis soit enregistré.",
  },
  prevention_and_identification: {
    label: "Prévention et identification",
    definition:
      "Utilisée par des autorités ou des organisations pour prévenir la traite, ou pour identifier et atteindre les victimes.",
  },
  other: { label: "Autre", definition: "Autre but ne figurant pas dans cette liste." },
} as const satisfies CodeTexts<typeof technologyPurpose>;
