import type { CodeTexts } from "../define-code-list.js";
import type { recruiterRelation } from "./recruiter-relation.codes.js";

export const recruiterRelationFr = {
  intimate_partner: {
    label: "Partenaire intime",
    definition: "Conjoint, petit ami, petite amie ou autre partenaire intime, actuel ou ancien.",
  },
  friend: { label: "Ami ou amie", definition: "Une personne que la victime considérait comme une amie." },
  family: {
    label: "Membre de la famille",
    definition: "Un parent de la victime par le sang, le mariage ou l'adoption.",
  },
  acquaintance: {
    label: "Connaissance",
    definition: "Une personne que la victime connaissait déjà, mais pas comme parent, partenaire ou ami.",
  },
  stranger: {
    label: "Personne inconnue",
    definition: "Une personne que la victime ne connaissait pas avant le recrutement.",
  },
  other: { label: "Autre", definition: "Autre relation ne figurant pas dans cette liste." },
  unknown: {
    label: "Relation inconnue",
    definition: "La relation n'est pas connue ou n'a pas été enregistrée.",
  },
} as const satisfies CodeTexts<typeof recruiterRelation>;
