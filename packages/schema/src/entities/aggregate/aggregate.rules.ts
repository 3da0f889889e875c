import { defineRule } from "../../rules/define-rule.js";
import type { Aggregate } from "./aggregate.schema.js";

export const aggregateValueMissing = defineRule({
  code: "aggregate_value_missing",
  recordType: "aggregate",
  severity: "error",
  clause:
    "A published figure is a value or a marker that it was withheld; a figure with neither says nothing",
  fields: ["aggregate.value", "aggregate.suppressed"],
  check(aggregate: Aggregate, found) {
    if (aggregate.value === undefined && aggregate.suppressed === undefined)
      found.push({ path: ["value"], params: { field: "aggregate.value" } });
  },
});

export const aggregateValueAndSuppressed = defineRule({
  code: "aggregate_value_and_suppressed",
  recordType: "aggregate",
  severity: "error",
  clause: "A withheld figure has no value: publishing both would reveal what was withheld",
  fields: ["aggregate.value", "aggregate.suppressed"],
  check(aggregate: Aggregate, found) {
    if (aggregate.value !== undefined && aggregate.suppressed !== undefined)
      found.push({ path: ["suppressed"], params: { field: "aggregate.suppressed" } });
  },
});

export const aggregateCategoryMismatch = defineRule({
  code: "aggregate_category_mismatch",
  recordType: "aggregate",
  severity: "error",
  clause:
    "A category belongs to its breakdown: a form of exploitation to the breakdown by form, a country to the breakdown by citizenship or country of repatriation",
  fields: ["aggregate.breakdown", "aggregate.exploitationForm", "aggregate.categoryCountry"],
  check(aggregate: Aggregate, found) {
    const { breakdown } = aggregate;
    if (aggregate.exploitationForm !== undefined && breakdown !== "exploitation_form")
      found.push({ path: ["exploitationForm"], params: { field: "aggregate.exploitationForm" } });
    if (
      aggregate.categoryCountry !== undefined &&
      breakdown !== "citizenship" &&
      breakdown !== "country_of_repatriation"
    )
      found.push({ path: ["categoryCountry"], params: { field: "aggregate.categoryCountry" } });
  },
});

/** Every cross-field rule of an aggregate record. */
export const aggregateRules = [
  aggregateValueMissing,
  aggregateValueAndSuppressed,
  aggregateCategoryMismatch,
] as const;
