import type { CodeTexts } from "../define-code-list.js";
import type { recruiterRelation } from "./recruiter-relation.codes.js";

export const recruiterRelationPt = {
  intimate_partner: {
    label: "Parceiro íntimo",
    definition: "Cônjuge, namorado, namorada ou outro parceiro íntimo, atual ou anterior.",
  },
  friend: { label: "Amigo ou amiga", definition: "Alguém que a vítima considerava amigo ou amiga." },
  family: { label: "Familiar", definition: "Um parente da vítima por consanguinidade, casamento ou adoção." },
  acquaintance: {
    label: "Conhecido",
    definition: "Alguém que a vítima já conhecia, mas não como parente, parceiro ou amigo.",
  },
  stranger: {
    label: "Pessoa desconhecida",
    definition: "Alguém que a vítima não conhecia antes do recrutamento.",
  },
  other: { label: "Outra", definition: "Outra relação não incluída nesta lista." },
  unknown: { label: "Relação desconhecida", definition: "A relação não é conhecida ou não foi registrada." },
} as const satisfies CodeTexts<typeof recruiterRelation>;
