import { defineCodeList } from "../define-code-list.js";

/** Kind of body that decided on a person's trafficking status (HTCDS vic_TraffickingStatusDecisionMakingOrg). */
export const identificationAuthority = defineCodeList("identification_authority", {
  police: { htcds: ["Police"] },
  ngo: { htcds: ["NGO"] },
  court_or_prosecution: { htcds: ["CourtOrProsecution"] },
  non_police_government: { htcds: ["NonPoliceGovernmentalOrganization"] },
  international_organisation: {},
  labour_inspectorate: {},
  other: { htcds: ["Other"] },
});
