import { defineCodeList } from "../define-code-list.js";

/** Assistance or support a victim may receive or be referred for (HTCDS spl_Type, extended with NRM/TRM services). */
export const assistanceService = defineCodeList("assistance_service", {
  education: { htcds: ["Education"] },
  financial: { htcds: ["Financial"] },
  health: { htcds: ["Health"] },
  labour_exploitation_rehabilitation: { htcds: ["LabourExploitationRehabilitation"] },
  legal: { htcds: ["Legal"] },
  livelihood: { htcds: ["Livelihood"] },
  rights_based_training: { htcds: ["RightsBasedTraining"] },
  sexual_exploitation_rehabilitation: { htcds: ["SexualExploitationRehabilitation"] },
  social_care: { htcds: ["SocialCare"] },
  shelter: {},
  medical_care: {},
  psychological_support: {},
  interpretation: {},
  legal_aid: {},
  reflection_period: {},
  residence_permit: {},
  safe_return: {},
  reintegration: {},
  family_tracing: {},
  compensation_support: {},
  child_protection_services: {},
  repatriation: {},
  other: {},
});
