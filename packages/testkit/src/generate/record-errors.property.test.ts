import { checkRecord } from "@tip/schema";
import { en } from "@tip/schema/locales/en";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generate } from "./generate.js";

// For any seed and any rate, the mistakes of errorRate change only the records they list, and each listed
// record fails checkRecord with exactly the issue recorded for it.

describe("errorRate, for any seed and rate", () => {
  it("changes only the records it lists, each failing with the issue recorded", () => {
    let broken = 0;
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.string({ maxLength: 8 })),
        fc.integer({ min: 0, max: 12 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, count, errorRate) => {
          const options = { seed, count, protection: true, prosecution: true };
          const clean = generate({ ...options, errorRate: 0 });
          const faulty = generate({ ...options, errorRate });
          expect(clean.invalid.size).toBe(0);
          expect(faulty.records).toHaveLength(clean.records.length);
          faulty.records.forEach((record, index) => {
            const error = faulty.invalid.get(record.id);
            if (error === undefined) {
              expect(record).toEqual(clean.records[index]);
              return;
            }
            broken++;
            expect(record).not.toEqual(clean.records[index]);
            const result = checkRecord(record, { locale: en });
            expect(result.ok, error.kind).toBe(false);
            expect(result.issues).toContainEqual(
              expect.objectContaining({ code: error.code, path: error.path, severity: "error" }),
            );
            // Warnings the valid record had may remain: only errors make a record invalid.
            const otherErrors = result.issues.filter(
              (issue) => issue.severity === "error" && issue.code !== error.code,
            );
            expect(otherErrors, error.kind).toEqual([]);
          });
        },
      ),
      { numRuns: 30 },
    );
    // Not vacuous: some records were broken.
    expect(broken).toBeGreaterThan(50);
  });
});
