import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** The legal basis a mutual legal assistance request relies on: Art. 18 of the UN Convention against Transnational Organized Crime (which the Palermo Protocol supplements, Protocol Art. 1), the Inter-American Convention on Mutual Assistance in Criminal Matters (OAS, Nassau, 1992), a bilateral treaty, reciprocity or domestic law. */
export const legalAssistanceBasis = defineCodeList("legal_assistance_basis", {
  untoc_article_18: {},
  inter_american_convention: {},
  bilateral_treaty: {},
  reciprocity: {},
  domestic_law: {},
  other: {},
});

/** A code of the `legal_assistance_basis` list. */
export type LegalAssistanceBasisCode = CodeOf<typeof legalAssistanceBasis>;
