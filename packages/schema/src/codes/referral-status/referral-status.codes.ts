import { defineCodeList } from "../define-code-list.js";

/**
 * Lifecycle status of a referral between agencies, after the states of a FHIR Task (on hold, failed, entered in
 * error); allowed moves are listed in REFERRAL_TRANSITIONS.
 */
export const referralStatus = defineCodeList("referral_status", {
  draft: {},
  sent: {},
  received: {},
  accepted: {},
  declined: {},
  in_progress: {},
  completed: {},
  withdrawn: {},
  on_hold: {},
  failed: {},
  entered_in_error: {},
});
