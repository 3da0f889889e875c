import type { CodeTexts } from "../define-code-list.js";
import type { sgbvPerpetratorKind } from "./sgbv-perpetrator-kind.codes.js";

export const sgbvPerpetratorKindFr = {
  smuggler: {
    label: "Passeur",
    definition: "Une personne qui a aidé la personne migrante à franchir des frontières contre de l'argent.",
  },
  trafficker: {
    label: "Trafiquant",
    definition: "Une personne qui a soumis la victime à la traite ou l'a exploitée.",
  },
  official: {
    label: "Agent public",
    definition: "Un agent de l'État, comme un garde-frontière, un policier ou un militaire.",
  },
  armed_group: {
    label: "Groupe armé ou criminel",
    definition: "Un membre d'un groupe armé ou d'une bande contrôlant la route.",
  },
  other_migrant: { label: "Autre migrant", definition: "Une personne voyageant sur la même route." },
  intimate_partner: { label: "Partenaire intime", definition: "Un partenaire actuel ou ancien." },
  family_member: { label: "Membre de la famille", definition: "Un parent." },
  other: { label: "Autre", definition: "Une autre personne connue de la victime." },
  unknown: { label: "Inconnu", definition: "On ne sait pas qui l'a commis." },
} as const satisfies CodeTexts<typeof sgbvPerpetratorKind>;
