import { checkRecord, type TipRecord } from "@tip/schema";
import { en } from "@tip/schema/locales/en";
import { describe, expect, it } from "vitest";
import { ERROR_KINDS } from "./errors.js";
import { generate } from "./generate.js";
import type { GenerateOptions } from "./options.js";

/** The record types of `protection` and `prosecution`, which `errorRate` breaks as it breaks victims. */
const TYPES = [
  "helplineContact",
  "screening",
  "protectionMeasure",
  "sgbvIncident",
  "operation",
  "financialInquiry",
  "legalAssistanceRequest",
  "criminalGroup",
  "preventionActivity",
] as const;
const isNewType = (record: TipRecord) => (TYPES as readonly string[]).includes(record.recordType);

const RATE = 0.4;
/** Several small data sets: prevention activities come a few a year, whatever the number of victims. */
const SEEDS = ["r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8"];
const options = (seed: string, errorRate: number): GenerateOptions => ({
  seed,
  count: 120,
  errorRate,
  protection: true,
  prosecution: true,
});

/** Each seed's records with and without mistakes, side by side (the records are the same whatever the rate). */
const pairs = SEEDS.map((seed) => ({
  clean: generate(options(seed, 0)),
  faulty: generate(options(seed, RATE)),
}));

/** The ids and links of a record: every key ending in Id or Ids, with its value. */
const linksOf = (record: TipRecord): [string, unknown][] =>
  Object.entries(record).filter(([key]) => key === "id" || /Ids?$/.test(key));

describe("errorRate in protection, prosecution and prevention records", () => {
  it("lists exactly the records that differ from the same data set without mistakes, and keeps every link", () => {
    for (const { clean, faulty } of pairs) {
      expect(clean.invalid.size).toBe(0);
      expect(faulty.records).toHaveLength(clean.records.length);
      const changed = new Set<string>();
      faulty.records.forEach((record, index) => {
        const before = clean.records[index] as TipRecord;
        expect(record.id).toBe(before.id);
        expect(linksOf(record)).toEqual(linksOf(before));
        if (JSON.stringify(record) !== JSON.stringify(before)) changed.add(record.id);
      });
      expect([...faulty.invalid.keys()].sort()).toEqual([...changed].sort());
    }
  });

  it("makes each listed record fail checkRecord with exactly the issue recorded, and no other", () => {
    const seen = new Set<string>();
    for (const { faulty } of pairs) {
      for (const record of faulty.records.filter(isNewType)) {
        const error = faulty.invalid.get(record.id);
        const result = checkRecord(record, { locale: en });
        if (error === undefined) {
          expect(result.issues, `${record.recordType} ${record.id}`).toEqual([]);
          continue;
        }
        seen.add(error.kind);
        expect(error.recordType).toBe(record.recordType);
        expect(result.ok, error.kind).toBe(false);
        expect(result.issues, error.kind).toContainEqual(
          expect.objectContaining({ code: error.code, path: error.path, severity: "error" }),
        );
        expect(
          result.issues.filter((issue) => issue.code !== error.code),
          error.kind,
        ).toEqual([]);
      }
    }
    const expected = ERROR_KINDS.filter((kind) => (TYPES as readonly string[]).includes(kind.recordType));
    expect([...seen].sort()).toEqual(expected.map((kind) => kind.kind).sort());
  });

  it("breaks close to the asked share of each record type", () => {
    for (const type of TYPES) {
      let total = 0;
      let broken = 0;
      for (const { faulty } of pairs) {
        const records = faulty.records.filter((record) => record.recordType === type);
        total += records.length;
        broken += records.filter((record) => faulty.invalid.has(record.id)).length;
      }
      // Four standard deviations of a binomial share: a wrong rate (or none) falls far outside.
      const margin = 4 * Math.sqrt((RATE * (1 - RATE)) / total);
      expect(total, type).toBeGreaterThan(50);
      expect(Math.abs(broken / total - RATE), `${type}: ${broken} of ${total}`).toBeLessThan(margin);
    }
  });

  it("breaks every record with errorRate 1 and none with errorRate 0", () => {
    const all = generate({ ...options("all", 1), count: 40 });
    const none = generate({ ...options("all", 0), count: 40 });
    for (const record of all.records.filter(isNewType)) {
      expect(all.invalid.has(record.id), record.recordType).toBe(true);
      expect(checkRecord(record, { locale: en }).ok).toBe(false);
    }
    for (const record of none.records.filter(isNewType)) {
      expect(checkRecord(record, { locale: en }).issues).toEqual([]);
    }
  });

  it("breaks the same protection records with or without prosecution, and the same victims with or without either", () => {
    const both = generate(options("streams", RATE));
    const protectionOnly = generate({ seed: "streams", count: 120, errorRate: RATE, protection: true });
    const neither = generate({ seed: "streams", count: 120, errorRate: RATE });
    const brokenOf = (set: typeof both, types: readonly string[]) =>
      set.records.filter((r) => types.includes(r.recordType) && set.invalid.has(r.id)).map((r) => r.id);
    const protection = ["helplineContact", "screening", "protectionMeasure", "sgbvIncident"];
    expect(brokenOf(protectionOnly, protection)).toEqual(brokenOf(both, protection));
    expect(brokenOf(protectionOnly, protection).length).toBeGreaterThan(0);
    expect(brokenOf(both, ["victim"])).toEqual(brokenOf(neither, ["victim"]));
  });
});
