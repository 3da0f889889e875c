import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** What came of a helpline contact. */
export const helplineOutcome = defineCodeList("helpline_outcome", {
  referred: {},
  information_given: {},
  no_action: {},
  other: {},
});

/** A code of the `helpline_outcome` list. */
export type HelplineOutcomeCode = CodeOf<typeof helplineOutcome>;
