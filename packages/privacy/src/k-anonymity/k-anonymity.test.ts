import type { Victim } from "@tip/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syntheticRecords } from "../../test/support/synthetic.js";
import { enforceK } from "./enforce-k.js";
import { kAnonymity } from "./k-anonymity.js";

const QUASI = ["victim.sex", "victim.ageBand", "victim.citizenships", "identification.country"];

/** Class sizes recomputed independently of the package: read the four values straight off each victim. */
function classSizes(records: readonly unknown[]): number[] {
  const sizes = new Map<string, number>();
  for (const record of records as Victim[]) {
    if (record.recordType !== "victim") continue;
    const key = JSON.stringify([
      record.sex ?? null,
      record.ageBand ?? null,
      record.citizenships ?? null,
      record.identification?.country ?? null,
    ]);
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return [...sizes.values()];
}

const victims = fc.array(
  fc.record({
    sex: fc.constantFrom("female", "male", undefined),
    ageBand: fc.constantFrom("0-8", "9-17", "18-20", "30-38", undefined),
    citizenships: fc.constantFrom(["TT"], ["VE"], ["VE", "CO"], undefined),
    country: fc.constantFrom("TT", "GY", undefined),
  }),
  { maxLength: 120 },
);

function toRecords(rows: readonly Record<string, unknown>[]) {
  return rows.map((row, index) => ({
    recordType: "victim",
    id: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
    ...(row.sex ? { sex: row.sex } : {}),
    ...(row.ageBand ? { ageBand: row.ageBand } : {}),
    ...(row.citizenships ? { citizenships: row.citizenships } : {}),
    identification: { status: "identified", ...(row.country ? { country: row.country } : {}) },
  }));
}

describe("kAnonymity", () => {
  it("reports the classes under k, as recomputed independently", () => {
    const records = syntheticRecords(21, 300);
    const report = kAnonymity(records, { quasi: QUASI, k: 11 });
    const sizes = classSizes(records);
    expect(report.classes).toBe(sizes.length);
    expect(report.below.map((entry) => entry.size).sort((a, b) => a - b)).toEqual(
      sizes.filter((size) => size < 11).sort((a, b) => a - b),
    );
    expect(report.satisfied).toBe(sizes.every((size) => size >= 11));
  });

  it("defaults to k = 11 and rejects unknown or list-bound quasi identifiers", () => {
    expect(kAnonymity([], { quasi: QUASI }).k).toBe(11);
    expect(() => kAnonymity([], { quasi: ["victim.shoeSize"] })).toThrow(RangeError);
    expect(() => kAnonymity([], { quasi: ["eventPlace.country"] })).toThrow(RangeError);
  });
});

describe("enforceK", () => {
  it("leaves every class with at least k records, checked by recomputing the classes", () => {
    fc.assert(
      fc.property(victims, fc.integer({ min: 2, max: 11 }), (rows, k) => {
        const { records, report } = enforceK(toRecords(rows), { quasi: QUASI, k });
        expect(classSizes(records).every((size) => size >= k)).toBe(true);
        expect(records.length + report.suppressedRecords).toBe(rows.length);
      }),
      { numRuns: 200 },
    );
  });

  it("suppresses values before records and reports how much", () => {
    const input = syntheticRecords(22, 600);
    const { records, report, check } = enforceK(input, { quasi: QUASI, k: 11 });
    expect(check.satisfied).toBe(true);
    expect(classSizes(records).every((size) => size >= 11)).toBe(true);
    expect(report.totalSuppressedValues).toBeGreaterThan(0);
    expect(report.suppressedRecords).toBeLessThan(report.recordsBelowBefore);
    expect(report.totalSuppressedValues).toBe(
      Object.values(report.suppressedValues).reduce((a, b) => a + b, 0),
    );
    expect(report.suppressedShare).toBeCloseTo(
      report.totalSuppressedValues / (report.records * QUASI.length),
    );
    // Other record types pass through untouched.
    const others = (list: readonly unknown[]) =>
      list.filter((record) => (record as { recordType?: string }).recordType !== "victim");
    expect(others(records)).toEqual(others(input));
  });

  it("removes nothing from data that is already k-anonymous and never changes its input", () => {
    const rows = Array.from({ length: 30 }, () => ({
      sex: "female",
      ageBand: "18-20",
      citizenships: ["TT"],
      country: "TT",
    }));
    const input = toRecords(rows);
    const copy = structuredClone(input);
    const { records, report } = enforceK(input, { quasi: QUASI, k: 11 });
    expect(records).toEqual(input);
    expect(report.totalSuppressedValues).toBe(0);
    expect(input).toEqual(copy);
  });
});
