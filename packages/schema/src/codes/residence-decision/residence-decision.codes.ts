import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** Where a request for a residence permit or a reflection period stands. */
export const residenceDecision = defineCodeList("residence_decision", {
  granted: {},
  refused: {},
  pending: {},
});

/** A code of the `residence_decision` list. */
export type ResidenceDecisionCode = CodeOf<typeof residenceDecision>;
