import type { CodeTexts } from "../define-code-list.js";
import type { legalAssistanceBasis } from "./legal-assistance-basis.codes.js";

export const legalAssistanceBasisEs = {
  untoc_article_18: {
    label: "Art. 18 de la UNTOC",
    definition:
      "Artículo 18 de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional, aplicable a los delitos del Protocolo de Palermo.",
  },
  inter_american_convention: {
    label: "Convención Interamericana",
    definition: "La Convención Interamericana sobre Asistencia Mutua en Materia Penal (OEA, 1992).",
  },
  bilateral_treaty: {
    label: "Tratado bilateral",
    definition: "Un tratado de asistencia judicial entre los dos Estados.",
  },
  reciprocity: {
    label: "Reciprocidad",
    definition: "Sin tratado: asistencia prestada con promesa de reciprocidad o cortesía internacional.",
  },
  domestic_law: {
    label: "Derecho interno",
    definition: "La ley propia del Estado requerido sobre cooperación internacional.",
  },
  other: { label: "Otro", definition: "Otra base jurídica, como otro tratado multilateral." },
} as const satisfies CodeTexts<typeof legalAssistanceBasis>;
