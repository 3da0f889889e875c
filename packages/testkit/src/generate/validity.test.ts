import { checkRecord } from "@tip/schema";
import { en } from "@tip/schema/locales/en";
import { describe, expect, it } from "vitest";
import { ERROR_KINDS } from "./errors.js";
import { generate } from "./generate.js";

describe("validity of generated records", () => {
  it("with errorRate 0, every record of 500 victims and their figures passes checkRecord without any issue", () => {
    const { records, invalid } = generate({ seed: "valid", count: 500, aggregates: true });
    expect(records.some((record) => record.recordType === "aggregate")).toBe(true);
    expect(invalid.size).toBe(0);
    for (const record of records) {
      const result = checkRecord(record, { locale: en });
      expect(result.issues, `${record.recordType} ${record.id}`).toEqual([]);
      expect(result.ok).toBe(true);
    }
  });

  it("with errorRate 0.2, about 20% of victims and figures are invalid, each with its expected issue", () => {
    const { records, invalid } = generate({ seed: "faulty", count: 2000, errorRate: 0.2, aggregates: true });
    for (const type of ["victim", "aggregate"]) {
      const all = records.filter((record) => record.recordType === type);
      const broken = all.filter((record) => invalid.has(record.id));
      expect(broken.length / all.length, type).toBeGreaterThan(0.15);
      expect(broken.length / all.length, type).toBeLessThan(0.25);
    }
    const kinds = new Set<string>();
    for (const record of records) {
      const result = checkRecord(record, { locale: en });
      const error = invalid.get(record.id);
      if (error === undefined) {
        expect(result.ok, `${record.recordType} ${record.id}`).toBe(true);
        continue;
      }
      kinds.add(error.kind);
      expect(record.recordType).toBe(error.recordType);
      expect(result.ok).toBe(false);
      expect(result.issues).toContainEqual(expect.objectContaining({ code: error.code, path: error.path }));
      expect(result.issues.filter((issue) => issue.code !== error.code)).toEqual([]);
    }
    const ofVictimsAndFigures = ERROR_KINDS.filter((kind) =>
      ["victim", "aggregate"].includes(kind.recordType),
    );
    expect([...kinds].sort()).toEqual(ofVictimsAndFigures.map((kind) => kind.kind).sort());
  });
});
