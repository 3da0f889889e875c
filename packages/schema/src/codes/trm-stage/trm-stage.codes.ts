import { defineCodeList } from "../define-code-list.js";

/** Stage of the ICMPD Transnational Referral Mechanism that a referral or service belongs to. */
export const trmStage = defineCodeList("trm_stage", {
  identification: {},
  first_assistance_and_protection: {},
  long_term_assistance_and_social_inclusion: {},
  return_and_social_inclusion: {},
  criminal_and_civil_proceedings: {},
});
