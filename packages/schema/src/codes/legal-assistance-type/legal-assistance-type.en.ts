import type { CodeTexts } from "../define-code-list.js";
import type { legalAssistanceType } from "./legal-assistance-type.codes.js";

export const legalAssistanceTypeEn = {
  taking_evidence: {
    label: "Taking evidence or statements",
    definition: "Taking evidence or statements from persons (Art. 18(3)(a)).",
  },
  service_of_documents: {
    label: "Service of judicial documents",
    definition: "Serving judicial documents (Art. 18(3)(b)).",
  },
  search_seizure_freezing: {
    label: "Search, seizure and freezing",
    definition: "Executing searches and seizures, and freezing (Art. 18(3)(c)).",
  },
  examining_objects_and_sites: {
    label: "Examining objects and sites",
    definition: "Examining objects and sites (Art. 18(3)(d)).",
  },
  information_and_expert_evaluations: {
    label: "Information and expert evaluations",
    definition: "Providing information, evidentiary items and expert evaluations (Art. 18(3)(e)).",
  },
  documents_and_records: {
    label: "Documents and records",
    definition:
      "Providing originals or certified copies of documents and records, including bank, financial, corporate or business records (Art. 18(3)(f)).",
  },
  tracing_proceeds: {
    label: "Tracing proceeds of crime",
    definition:
      "Identifying or tracing proceeds of crime, property, instrumentalities or other things for evidentiary purposes (Art. 18(3)(g)).",
  },
  voluntary_appearance: {
    label: "Voluntary appearance of persons",
    definition: "Facilitating the voluntary appearance of persons in the requesting State (Art. 18(3)(h)).",
  },
  other: {
    label: "Other",
    definition: "Any other assistance the requested State's law allows (Art. 18(3)(i)).",
  },
} as const satisfies CodeTexts<typeof legalAssistanceType>;
