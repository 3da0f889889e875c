import type { CodeTexts } from "../define-code-list.js";
import type { helplineContactor } from "./helpline-contactor.codes.js";

export const helplineContactorFr = {
  victim: {
    label: "Victime ou victime potentielle",
    definition: "La personne qui est ou pourrait être exploitée.",
  },
  family_member: {
    label: "Proche",
    definition: "Un membre de la famille ou un ami de la personne concernée.",
  },
  third_party: {
    label: "Tiers",
    definition: "Une autre personne qui a vu ou soupçonne une exploitation, comme un voisin ou un client.",
  },
  professional: {
    label: "Professionnel",
    definition:
      "Une personne qui contacte à titre professionnel : prestataire, entreprise, agent public ou personnel d'ONG.",
  },
  anonymous: { label: "Anonyme", definition: "La personne n'a pas dit qui elle est." },
} as const satisfies CodeTexts<typeof helplineContactor>;
