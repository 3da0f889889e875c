import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** How a victim's return and reintegration stood at the latest follow-up. */
export const reintegrationOutcome = defineCodeList("reintegration_outcome", {
  reintegrated: {},
  in_progress: {},
  re_trafficked: {},
  lost_contact: {},
  declined: {},
  other: {},
});

/** A code of the `reintegration_outcome` list. */
export type ReintegrationOutcomeCode = CodeOf<typeof reintegrationOutcome>;
