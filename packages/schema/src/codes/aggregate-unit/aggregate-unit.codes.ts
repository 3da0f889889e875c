import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** The unit of an aggregate figure (GLOTIP's `Unit of measurement`). */
export const aggregateUnit = defineCodeList("aggregate_unit", {
  count: { glotip: ["Counts"] },
  rate_per_100000: { glotip: ["Rate per 100,000 population"] },
});

/** A code of the `aggregate_unit` list. */
export type AggregateUnitCode = CodeOf<typeof aggregateUnit>;
