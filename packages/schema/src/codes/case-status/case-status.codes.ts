import { defineCodeList } from "../define-code-list.js";

/** Status of a case in an agency's case management (HTCDS cas_Status). */
export const caseStatus = defineCodeList("case_status", {
  active: { htcds: ["Active"] },
  follow_up: { htcds: ["FollowUp"] },
  closed: { htcds: ["Closed"] },
  closed_referred: { htcds: ["ClosedReferred"] },
});
