import type { CodeTexts } from "../define-code-list.js";
import type { recruiterRelation } from "./recruiter-relation.codes.js";

export const recruiterRelationEs = {
  intimate_partner: {
    label: "Pareja íntima",
    definition: "Cónyuge, novio, novia u otra pareja íntima, actual o anterior.",
  },
  friend: { label: "Amigo o amiga", definition: "Alguien a quien la víctima consideraba su amigo o amiga." },
  family: {
    label: "Familiar",
    definition: "Un pariente de la víctima por consanguinidad, matrimonio o adopción.",
  },
  acquaintance: {
    label: "Conocido",
    definition: "Alguien a quien la víctima ya conocía, pero no como familiar, pareja o amistad.",
  },
  stranger: {
    label: "Persona desconocida",
    definition: "Alguien a quien la víctima no conocía antes de la captación.",
  },
  other: { label: "Otra", definition: "Otra relación no incluida en esta lista." },
  unknown: { label: "Relación desconocida", definition: "La relación no se conoce o no se registró." },
} as const satisfies CodeTexts<typeof recruiterRelation>;
