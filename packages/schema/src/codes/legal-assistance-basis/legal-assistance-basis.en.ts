import type { CodeTexts } from "../define-code-list.js";
import type { legalAssistanceBasis } from "./legal-assistance-basis.codes.js";

export const legalAssistanceBasisEn = {
  untoc_article_18: {
    label: "UNTOC Art. 18",
    definition:
      "Article 18 of the UN Convention against Transnational Organized Crime, which applies to offences under the Palermo Protocol.",
  },
  inter_american_convention: {
    label: "Inter-American Convention",
    definition: "The Inter-American Convention on Mutual Assistance in Criminal Matters (OAS, 1992).",
  },
  bilateral_treaty: {
    label: "Bilateral treaty",
    definition: "A mutual legal assistance treaty between the two States.",
  },
  reciprocity: {
    label: "Reciprocity",
    definition: "No treaty: assistance given on the promise of reciprocity or comity.",
  },
  domestic_law: {
    label: "Domestic law",
    definition: "The requested State's own law on international cooperation.",
  },
  other: { label: "Other", definition: "Another legal basis, such as another multilateral treaty." },
} as const satisfies CodeTexts<typeof legalAssistanceBasis>;
