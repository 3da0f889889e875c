import { defineCodeList } from "../define-code-list.js";

/** Purpose for which a person gives informed consent to the use or sharing of their data. */
export const consentPurpose = defineCodeList("consent_purpose", {
  assistance: {},
  referral_national: {},
  referral_transnational: {},
  return: {},
  criminal_proceedings: {},
  research_statistics: {},
  data_sharing_ngo: {},
  media: {},
});
