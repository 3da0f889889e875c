import { defineCodeList } from "../define-code-list.js";

/** Category of an organisation that identifies, assists, refers or records (HTCDS org_Type, extended with other anti-trafficking actors). */
export const agencyType = defineCodeList("agency_type", {
  ngo: { htcds: ["NGO"] },
  law_enforcement: { htcds: ["LawEnforcement"] },
  health_service: { htcds: ["HealthServiceOrganisation"] },
  central_government: { htcds: ["CentralGovernmentOrganisation"] },
  local_government: { htcds: ["LocalGovernmentOrganisation"] },
  immigration_service: { htcds: ["ImmigrationService"] },
  legal_service: { htcds: ["LegalService"] },
  corporate_business: { htcds: ["CorporateBusiness"] },
  school_or_college: { htcds: ["SchoolOrCollege"] },
  prosecution: {},
  judiciary: {},
  labour_inspectorate: {},
  international_organisation: {},
  shelter: {},
  hotline: {},
  national_rapporteur: {},
  tip_task_force: {},
  embassy_or_consulate: {},
  child_protection: {},
  social_services: {},
  other: {},
});
