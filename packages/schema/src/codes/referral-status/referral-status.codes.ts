import { defineCodeList } from "../define-code-list.js";

/** Lifecycle status of a referral between agencies; allowed moves are listed in REFERRAL_TRANSITIONS. */
export const referralStatus = defineCodeList("referral_status", {
  draft: {},
  sent: {},
  received: {},
  accepted: {},
  declined: {},
  in_progress: {},
  completed: {},
  withdrawn: {},
});
