import { EXAMPLE_IDS } from "../../model/example-ids.js";
import type { Aggregate } from "./aggregate.schema.js";

/** A fictitious published figure: girls detected as victims of sexual exploitation in one year. */
export const aggregateExample = {
  recordType: "aggregate",
  id: EXAMPLE_IDS.aggregate,
  indicator: "detected_victims",
  country: "TT",
  year: 2022,
  breakdown: "exploitation_form",
  exploitationForm: "sexual_exploitation",
  sex: "female",
  ageGroup: "child",
  unit: "count",
  value: 12,
  source: "GLOTIP",
  sourceLabels: { region: "Americas", subregion: "Latin America and the Caribbean" },
} as const satisfies Aggregate;

/** A figure withheld by its publisher: fewer than five men convicted. */
export const suppressedAggregateExample = {
  recordType: "aggregate",
  id: EXAMPLE_IDS.aggregateSuppressed,
  indicator: "persons_convicted",
  country: "TT",
  year: 2022,
  breakdown: "total",
  sex: "male",
  unit: "count",
  suppressed: { below: 5 },
  source: "GLOTIP",
} as const satisfies Aggregate;
