import { checkRecord, ENTITIES, EXAMPLES, en, RECORD_TYPES } from "@tip/schema";
import { generate } from "@tip/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkFast } from "./check-fast.js";
import { compileNormalizer, type KeyTally, UNKNOWN_KEY } from "./shape-normalizer.js";

const limits = { maxDepth: 64, shared: false, normalize: true };
const outcome = (result: { ok: boolean; issues: readonly unknown[] } | undefined) =>
  result && { ok: result.ok, issues: result.issues };

describe("compileNormalizer", () => {
  it("rebuilds a record with every property of its schema, in schema order, counting keys", () => {
    const normalize = compileNormalizer(ENTITIES.agency);
    const tally: KeyTally = { keys: 0, complete: true };
    const agency = structuredClone(EXAMPLES.agency);
    const normalized = normalize?.(agency, tally) as Record<string, unknown>;
    expect(Object.keys(normalized)).toEqual(Object.keys(ENTITIES.agency.shape));
    expect(Object.fromEntries(Object.entries(normalized).filter(([, v]) => v !== undefined))).toEqual(agency);
    expect(tally.keys).toBe(JSON.stringify(agency).split('":').length - 1);
    expect(tally.complete).toBe(true);
  });

  it("stops at an unknown key, __proto__ included, and marks extensions as not counted", () => {
    const normalize = compileNormalizer(ENTITIES.victim);
    const tally: KeyTally = { keys: 0, complete: true };
    expect(normalize?.(JSON.parse('{"recordType":"victim","__proto__":{"x":1}}'), tally)).toBe(UNKNOWN_KEY);
    expect(normalize?.({ recordType: "victim", identification: { statuz: "x" } }, tally)).toBe(UNKNOWN_KEY);
    normalize?.({ recordType: "victim", extensions: { lc: { a: 1 } } }, tally);
    expect(tally.complete).toBe(false);
  });

  it("gives the same result as checkRecord for generated records with mistakes", () => {
    const { records } = generate({ seed: 3, count: 300, errorRate: 0.3 });
    for (const record of records) {
      expect(outcome(checkFast(record, en, "", limits))).toEqual(
        outcome(checkRecord(record, { locale: en })),
      );
    }
  });

  it("gives the same result as checkRecord for randomly mutated records of every type", () => {
    const type = fc.constantFrom(...RECORD_TYPES.filter((t) => t !== "bundle"));
    fc.assert(
      fc.property(type, fc.string(), fc.jsonValue(), fc.nat(), (recordType, key, value, pick) => {
        const record = structuredClone(EXAMPLES[recordType]) as Record<string, unknown>;
        const keys = Object.keys(record);
        record[keys[pick % keys.length] as string] = value;
        if (pick % 3 === 0) record[key] = value;
        const parsed = JSON.parse(JSON.stringify(record));
        expect(outcome(checkFast(parsed, en, "/p", limits))).toEqual(
          outcome(checkRecord(parsed, { locale: en, pointerPrefix: "/p" })),
        );
      }),
      { numRuns: 400 },
    );
  });
});
