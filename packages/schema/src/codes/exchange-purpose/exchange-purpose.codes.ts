import { defineCodeList } from "../define-code-list.js";

/** Why a bundle of records is exchanged between parties. */
export const exchangePurpose = defineCodeList("exchange_purpose", {
  referral: {},
  case_cooperation: {},
  statistics: {},
  agency_directory: {},
  research: {},
  audit: {},
});
