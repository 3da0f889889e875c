import { Buffer } from "node:buffer";
import { EXAMPLES, RECORD_TYPES } from "@tip/schema";
import { generate } from "@tip/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Located, validateBundle, validateRecord } from "../src/public-api.js";
import { validateText } from "./helpers.js";
import { parentOf, pathsOf, resolve } from "./pointer.js";

const { records } = generate({ seed: 5, count: 40, errorRate: 0.2 });
const seeds: unknown[] = [...records, ...RECORD_TYPES.map((type) => EXAMPLES[type])];

/** A mutation: set a random value, delete, or add a key, somewhere in a record. */
const mutated = fc
  .tuple(
    fc.nat(seeds.length - 1),
    fc.nat(),
    fc.constantFrom("set", "delete", "add"),
    fc.jsonValue(),
    fc.string(),
  )
  .map(([which, at, op, value, key]) => {
    const record = structuredClone(seeds[which]);
    const paths = pathsOf(record);
    const path = paths[at % paths.length] as (string | number)[];
    if (path.length === 0) return op === "set" ? value : record;
    let parent = record as Record<string | number, unknown>;
    for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
    const last = path.at(-1) as string | number;
    if (op === "set") parent[last] = value;
    else if (op === "delete" && !Array.isArray(parent)) delete parent[last];
    else if (op === "add" && !Array.isArray(parent))
      Object.defineProperty(parent, key, { value, enumerable: true });
    return record;
  });

/**
 * Whether an issue's pointer resolves in the input. A pointer may also name where a missing member belongs
 * (a required field, a figure with no value): then its parent resolves to an object that lacks that member.
 */
function resolves(input: unknown, issue: Located): boolean {
  if (resolve(input, issue.path) !== undefined) return true;
  const parent = resolve(input, parentOf(issue.path))?.value;
  if (parent === null || typeof parent !== "object" || Array.isArray(parent)) return false;
  const member = issue.path
    .slice(issue.path.lastIndexOf("/") + 1)
    .replaceAll("~1", "/")
    .replaceAll("~0", "~");
  return !Object.hasOwn(parent, member);
}

describe("property: validators never throw and pointers resolve", () => {
  it("validateRecord, on anything and on mutated records", () => {
    const anything = fc.anything({
      withNullPrototype: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
      withBigInt: true,
      withDate: true,
    });
    fc.assert(
      fc.property(fc.oneof(anything, mutated), (input) => {
        const result = validateRecord(input);
        for (const issue of result.issues)
          expect(resolves(input, issue), `${issue.code} ${issue.path}`).toBe(true);
        expect(result.ok).toBe(!result.issues.some((issue) => issue.severity === "error"));
      }),
      { numRuns: 500 },
    );
  });

  it("validateBundle, on bundles of mutated records", () => {
    fc.assert(
      fc.property(fc.array(mutated, { maxLength: 8 }), (inner) => {
        const bundle = { ...structuredClone(EXAMPLES.bundle), records: inner };
        const result = validateBundle(bundle);
        for (const issue of result.issues)
          expect(resolves(bundle, issue), `${issue.code} ${issue.path}`).toBe(true);
        const { total, valid, invalid, skipped } = result.summary;
        expect(valid + invalid + skipped).toBe(total);
        expect(total).toBe(inner.length);
      }),
      { numRuns: 200 },
    );
  });

  it("validateStream on NDJSON lines of mutated records: counts add up, each pointer resolves in its line", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(mutated, fc.jsonValue()), { minLength: 1, maxLength: 12 }),
        async (values) => {
          const lines = values.map((value) => JSON.stringify(value) ?? "null");
          const summary = await validateText(`${lines.join("\n")}\n`, {
            format: "ndjson",
            maxIssues: 10_000,
          });
          const { total, valid, invalid, skipped } = summary;
          expect(valid + invalid + skipped).toBe(total);
          for (const issue of summary.issues) {
            if (issue.line === undefined) continue;
            const input = JSON.parse(lines[issue.line - 1] as string);
            expect(resolves(input, issue), `${issue.code} ${issue.path}`).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("validateStream on random bytes, in every format, never throws and counts add up", async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.string({ maxLength: 400 }).map((text) => Buffer.from(text)),
      fc.array(fc.jsonValue(), { maxLength: 5 }).map((values) => Buffer.from(JSON.stringify(values))),
    );
    await fc.assert(
      fc.asyncProperty(
        bytes,
        fc.constantFrom("ndjson", "json", "csv"),
        fc.integer({ min: 1, max: 64 }),
        async (input, format, chunk) => {
          const summary = await validateText(Buffer.from(input), { format, recordType: "victim" }, chunk);
          expect(summary.valid + summary.invalid + summary.skipped).toBe(summary.total);
        },
      ),
      { numRuns: 300 },
    );
  });
});
