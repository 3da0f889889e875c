import { EXAMPLE_IDS } from "../../model/example-ids.js";
import type { LegalAssistanceRequest } from "./legal-assistance-request.schema.js";

/** A fictitious mutual legal assistance request (documentation and JSON Schema `examples`). */
export const legalAssistanceRequestExample = {
  recordType: "legalAssistanceRequest",
  id: EXAMPLE_IDS.legalAssistanceRequest,
  direction: "sent",
  requestingCountry: "TT",
  requestedCountry: "VE",
  requestingAgencyId: EXAMPLE_IDS.agencyDestination,
  requestedAgencyId: EXAMPLE_IDS.agencyOrigin,
  legalBasis: "untoc_article_18",
  assistanceTypes: ["taking_evidence", "documents_and_records"],
  sentOn: "2023-08-01",
  receivedOn: "2023-08-10",
  status: "partly_executed",
  closedOn: "2024-02-20",
  caseId: EXAMPLE_IDS.case,
} as const satisfies LegalAssistanceRequest;
