import type { CodeTexts } from "../define-code-list.js";
import type { gender } from "./gender.codes.js";

export const genderFr = {
  feminine: { label: "Féminin", definition: "S'identifie ou se présente comme femme ou fille." },
  masculine: { label: "Masculin", definition: "S'identifie ou se présente comme homme ou garçon." },
  transgender_feminine: {
    label: "Transgenre féminin",
    definition: "Personne transgenre dont le genre est féminin.",
  },
  transgender_masculine: {
    label: "Transgenre masculin",
    definition: "Personne transgenre dont le genre est masculin.",
  },
  non_conforming: {
    label: "Non conforme au genre",
    definition: "S'identifie ou se présente hors du binaire féminin/masculin, comme les deux ou comme aucun.",
  },
  not_specified: {
    label: "Non précisé ou inconnu",
    definition: "Le genre n'a pas été demandé, n'a pas été déclaré ou n'est pas connu.",
  },
} as const satisfies CodeTexts<typeof gender>;
