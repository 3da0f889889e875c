import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** What an aggregate figure is broken down by (GLOTIP's `Dimension` column); `total` is no breakdown. */
export const aggregateBreakdown = defineCodeList("aggregate_breakdown", {
  total: { glotip: ["Total"] },
  exploitation_form: { glotip: ["by form of exploitation"] },
  citizenship: { glotip: ["by citizenship"] },
  country_of_repatriation: { glotip: ["by country of repatriation"] },
});

/** A code of the `aggregate_breakdown` list. */
export type AggregateBreakdownCode = CodeOf<typeof aggregateBreakdown>;
