import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** What a mutual legal assistance request asks for: the purposes listed in Art. 18(3) of the UN Convention against Transnational Organized Crime, (a) to (i). */
export const legalAssistanceType = defineCodeList("legal_assistance_type", {
  taking_evidence: {},
  service_of_documents: {},
  search_seizure_freezing: {},
  examining_objects_and_sites: {},
  information_and_expert_evaluations: {},
  documents_and_records: {},
  tracing_proceeds: {},
  voluntary_appearance: {},
  other: {},
});

/** A code of the `legal_assistance_type` list. */
export type LegalAssistanceTypeCode = CodeOf<typeof legalAssistanceType>;
