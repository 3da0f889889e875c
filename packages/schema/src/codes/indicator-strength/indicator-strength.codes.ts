import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** How strongly an indicator points at trafficking, after the ILO–EC operational indicators (2009), which grade each indicator strong, medium or weak. */
export const indicatorStrength = defineCodeList("indicator_strength", {
  strong: {},
  medium: {},
  weak: {},
});

/** A code of the `indicator_strength` list. */
export type IndicatorStrengthCode = CodeOf<typeof indicatorStrength>;
