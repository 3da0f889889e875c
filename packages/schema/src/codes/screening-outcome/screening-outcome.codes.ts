import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** The conclusion of a screening. */
export const screeningOutcome = defineCodeList("screening_outcome", {
  presumed_victim: {},
  not_a_victim: {},
  follow_up_needed: {},
});

/** A code of the `screening_outcome` list. */
export type ScreeningOutcomeCode = CodeOf<typeof screeningOutcome>;
