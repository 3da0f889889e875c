import { describe, expect, it } from "vitest";
import { checkRecord } from "../../issues/check-record.js";
import { en } from "../../locales/en.js";
import { aggregateExample, suppressedAggregateExample } from "./aggregate.example.js";

const codesOf = (record: unknown) => checkRecord(record, { locale: en }).issues.map((issue) => issue.code);

describe("aggregate record", () => {
  it("accepts a value and a withheld figure", () => {
    expect(checkRecord(aggregateExample, { locale: en }).ok).toBe(true);
    expect(checkRecord(suppressedAggregateExample, { locale: en }).ok).toBe(true);
  });

  it("rejects a figure with neither a value nor a withheld marker", () => {
    const { value: _value, ...bare } = aggregateExample;
    expect(codesOf(bare)).toEqual(["aggregate_value_missing"]);
  });

  it("rejects a withheld figure that also has a value", () => {
    expect(codesOf({ ...suppressedAggregateExample, value: 3 })).toEqual(["aggregate_value_and_suppressed"]);
  });

  it("rejects a category outside its breakdown", () => {
    const record = { ...aggregateExample, breakdown: "citizenship", categoryCountry: "VE" };
    expect(codesOf(record)).toEqual(["aggregate_category_mismatch"]);
    expect(codesOf({ ...aggregateExample, breakdown: "total" })).toEqual(["aggregate_category_mismatch"]);
  });

  it("rejects a negative value, a year out of range and an unknown key", () => {
    expect(codesOf({ ...aggregateExample, value: -1 })).toContain("too_small");
    expect(checkRecord({ ...aggregateExample, year: 1850 }, { locale: en }).ok).toBe(false);
    expect(codesOf({ ...aggregateExample, victimName: "x" })).toContain("unknown_field");
  });
});
