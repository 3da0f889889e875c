import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** Where compensation or restitution for a victim comes from. */
export const compensationSource = defineCodeList("compensation_source", {
  court_order: {},
  state_fund: {},
  settlement: {},
  other: {},
});

/** A code of the `compensation_source` list. */
export type CompensationSourceCode = CodeOf<typeof compensationSource>;
