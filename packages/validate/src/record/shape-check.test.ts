import { checkRecord, ENTITIES, EXAMPLES, RECORD_TYPES, type RecordType } from "@tip/schema";
import { en } from "@tip/schema/locales/en";
import { generate } from "@tip/testkit";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import * as z from "zod";
import { checkFast } from "./check-fast.js";
import { fastPathOf, warmFastPathOf } from "./compiled-schemas.js";
import { compileShapeCheck, type KeyTally } from "./shape-check.js";

const TYPES = RECORD_TYPES.filter((t): t is Exclude<RecordType, "bundle"> => t !== "bundle");
const limits = { maxDepth: 64, shared: false, parsed: true };
const outcome = (result: { ok: boolean; issues: readonly unknown[] } | undefined) =>
  result && { ok: result.ok, issues: result.issues };
const tally = (): KeyTally => ({ keys: 0, complete: true });
const parsedCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value));
/** The checks as compiled, without the guard of `fastPathOf`, which would hide a broken one. */
const CHECKS = new Map(TYPES.map((t) => [t, compileShapeCheck(ENTITIES[t])]));

/** Keys of every object in a JSON value, counted independently of the code under test. */
function keysIn(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + keysIn(item), 0);
  if (value === null || typeof value !== "object") return 0;
  return Object.values(value).reduce((sum: number, item) => sum + 1 + keysIn(item), 0);
}

/** Every path into a JSON value: `[]` for the value itself, then its members at any depth. */
function pathsIn(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths = [prefix];
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) paths.push(...pathsIn(item, [...prefix, i]));
  } else if (value !== null && typeof value === "object")
    for (const [key, item] of Object.entries(value)) paths.push(...pathsIn(item, [...prefix, key]));
  return paths;
}

/** Replaces, deletes or adds beside the value at `path` (a copy of `record` is changed). */
function mutate(
  record: unknown,
  path: (string | number)[],
  how: number,
  key: string,
  value: unknown,
): unknown {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  if (path.length === 0) return how % 4 === 0 ? value : copy;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (how % 3 === 0 && !Array.isArray(parent)) delete parent[last];
  else if (how % 3 === 1 && !Array.isArray(parent)) parent[key] = value;
  else parent[last] = value;
  return copy;
}

describe("warmFastPathOf", () => {
  it("gives a type's fast path from its record number WARM_UP_RECORDS + 1 on, never before", async () => {
    // Counts start at zero in a fresh copy of the module: other test files in this worker may have used it.
    vi.resetModules();
    const { warmFastPathOf, WARM_UP_RECORDS } = await import("./compiled-schemas.js");
    const given: boolean[] = [];
    for (let i = 0; i < 300; i++) given.push(warmFastPathOf("agency") !== undefined);
    expect(given.indexOf(true)).toBe(256);
    expect(WARM_UP_RECORDS).toBe(256);
    expect(given.slice(256).every(Boolean)).toBe(true);
    // Counted per type: another type starts from zero.
    expect(warmFastPathOf("referral")).toBeUndefined();
  });
});

/** Makes `checkFast` take the compiled fast path from the first record on, as it does past the warm-up. */
function warmUp(): void {
  for (const recordType of TYPES) while (warmFastPathOf(recordType) === undefined);
}

describe("compileShapeCheck", () => {
  it("has a check for every record type with this zod version", () => {
    for (const recordType of TYPES) expect(fastPathOf(recordType).check, recordType).toBeTypeOf("function");
  });

  it("accepts every valid generated record of every type and counts its keys", () => {
    const { records } = generate({ seed: 11, count: 400, errorRate: 0, protection: true, prosecution: true });
    // The generator makes case-level, protection, prosecution and prevention data; aggregate figures are checked
    // on their example.
    const aggregates = [
      EXAMPLES.aggregate,
      { ...EXAMPLES.aggregate, value: undefined, suppressed: { below: 5 } },
    ];
    const seen = new Set<string>();
    for (const record of [...records, ...aggregates]) {
      const check = CHECKS.get(record.recordType as Exclude<RecordType, "bundle">);
      const counted = tally();
      const parsed = parsedCopy(record);
      expect(check?.(parsed, counted), record.recordType).toBe(true);
      if (counted.complete) expect(counted.keys).toBe(keysIn(parsed));
      seen.add(record.recordType);
    }
    expect([...seen].sort()).toEqual([...TYPES].sort());
  });

  it("answers false for an unknown key, __proto__ included, and for a missing required field", () => {
    const check = compileShapeCheck(ENTITIES.victim);
    const valid = parsedCopy(EXAMPLES.victim) as Record<string, unknown>;
    expect(check?.(valid, tally())).toBe(true);
    expect(check?.(JSON.parse('{"recordType":"victim","__proto__":{"x":1}}'), tally())).toBe(false);
    expect(check?.({ ...valid, identification: { statuz: "x" } }, tally())).toBe(false);
    const { id: _id, ...withoutId } = valid;
    expect(check?.(withoutId, tally())).toBe(false);
  });

  it("marks objects inside extensions as not counted, and counts primitive extension values", () => {
    const check = compileShapeCheck(ENTITIES.victim);
    const base = parsedCopy(EXAMPLES.victim) as Record<string, unknown>;
    const flat = tally();
    const withFlat = { ...base, extensions: { lc: { a: 1 } } };
    expect(check?.(withFlat, flat)).toBe(true);
    expect(flat).toEqual({ keys: keysIn(withFlat), complete: true });
    const nested = tally();
    expect(check?.({ ...base, extensions: { lc: { a: { b: 1 } } } }, nested)).toBe(true);
    expect(nested.complete).toBe(false);
  });

  it("measures string lengths in code points, as zod does", () => {
    const check = compileShapeCheck(z.strictObject({ s: z.string().min(2).max(2) }));
    expect(check?.({ s: "😀😀" }, tally())).toBe(true);
    expect(check?.({ s: "😀" }, tally())).toBe(false);
    expect(check?.({ s: "abc" }, tally())).toBe(false);
  });

  it("applies array bounds, nullable and optional fields", () => {
    const check = compileShapeCheck(
      z.strictObject({ a: z.array(z.number().int()).min(1).max(2), b: z.string().nullable().optional() }),
    );
    expect(check?.({ a: [1] }, tally())).toBe(true);
    expect(check?.({ a: [1], b: null }, tally())).toBe(true);
    expect(check?.({ a: [] }, tally())).toBe(false);
    expect(check?.({ a: [1, 2, 3] }, tally())).toBe(false);
    expect(check?.({ a: [1.5] }, tally())).toBe(false);
    expect(check?.({ b: "x" }, tally())).toBe(false);
  });

  it("gives up on what it does not model: unions, refinements, transforms, enum-keyed records", () => {
    expect(compileShapeCheck(z.object({ a: z.union([z.string(), z.number()]) }))).toBeUndefined();
    expect(compileShapeCheck(z.object({ a: z.object({}).refine(() => true) }))).toBeUndefined();
    expect(compileShapeCheck(z.object({ a: z.string().transform((s) => s.length) }))).toBeUndefined();
    expect(compileShapeCheck(z.object({ a: z.record(z.enum(["x", "y"]), z.string()) }))).toBeUndefined();
    expect(compileShapeCheck(z.string())).toBeUndefined();
  });

  it("never accepts a record zod rejects, whatever is changed at any depth", () => {
    const { records } = generate({ seed: 12, count: 60, errorRate: 0 });
    const samples = [...TYPES.map((t) => EXAMPLES[t]), ...records];
    fc.assert(
      fc.property(
        fc.nat(samples.length - 1),
        fc.nat(),
        fc.nat(),
        fc.string(),
        fc.jsonValue(),
        (pick, where, how, key, value) => {
          const record = samples[pick] as { recordType: Exclude<RecordType, "bundle"> };
          const paths = pathsIn(record);
          const changed = parsedCopy(mutate(record, paths[where % paths.length] ?? [], how, key, value));
          const check = CHECKS.get(record.recordType);
          expect(check).toBeTypeOf("function");
          if (check?.(changed as object, tally())) {
            expect(ENTITIES[record.recordType].safeParse(changed).success).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("leaves checkFast with the same result as checkRecord for generated records with mistakes", () => {
    warmUp();
    const { records } = generate({ seed: 3, count: 300, errorRate: 0.3 });
    for (const record of records) {
      const parsed = parsedCopy(record);
      expect(outcome(checkFast(parsed, en, "", limits))).toEqual(
        outcome(checkRecord(parsed, { locale: en })),
      );
    }
  });

  it("leaves checkFast with the same result as checkRecord for records changed at any depth", () => {
    warmUp();
    fc.assert(
      fc.property(
        fc.constantFrom(...TYPES),
        fc.nat(),
        fc.nat(),
        fc.string(),
        fc.jsonValue(),
        (t, w, h, k, v) => {
          const paths = pathsIn(EXAMPLES[t]);
          const parsed = parsedCopy(mutate(EXAMPLES[t], paths[w % paths.length] ?? [], h, k, v));
          expect(outcome(checkFast(parsed, en, "/p", limits))).toEqual(
            outcome(checkRecord(parsed, { locale: en, pointerPrefix: "/p" })),
          );
        },
      ),
      { numRuns: 600 },
    );
  });
});
