import type { CodeTexts } from "../define-code-list.js";
import type { legalAssistanceBasis } from "./legal-assistance-basis.codes.js";

export const legalAssistanceBasisFr = {
  untoc_article_18: {
    label: "Art. 18 de la CTO",
    definition:
      "Article 18 de la Convention des Nations Unies contre la criminalité transnationale organisée, applicable aux infractions du Protocole de Palerme.",
  },
  inter_american_convention: {
    label: "Convention interaméricaine",
    definition: "La Convention interaméricaine d'entraide en matière pénale (OEA, 1992).",
  },
  bilateral_treaty: {
    label: "Traité bilatéral",
    definition: "Un traité d'entraide judiciaire entre les deux États.",
  },
  reciprocity: {
    label: "Réciprocité",
    definition:
      "Sans traité : entraide accordée sur promesse de réciprocité ou par courtoisie internationale.",
  },
  domestic_law: {
    label: "Droit interne",
    definition: "La loi de l'État requis sur la coopération internationale.",
  },
  other: { label: "Autre", definition: "Une autre base juridique, comme un autre traité multilatéral." },
} as const satisfies CodeTexts<typeof legalAssistanceBasis>;
