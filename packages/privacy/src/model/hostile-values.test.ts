import { DataReadError, EXAMPLES } from "@tip/schema";
import { HOSTILE_CASES } from "@tip/testkit";
import { anyValue, CANARY, mutatedRecord, prototypeNames, withCanary } from "@tip/testkit/hostile";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregate } from "../aggregate/aggregate.js";
import { anonymize } from "../anonymize/anonymize.js";
import { exportGate } from "../gate/export-gate.js";
import { generalize } from "../generalize/generalize.js";
import { enforceK } from "../k-anonymity/enforce-k.js";
import { kAnonymity } from "../k-anonymity/k-anonymity.js";
import { pseudonymize } from "../pseudonymize/pseudonymize.js";
import { redact } from "../redact/redact.js";

const key = new Uint8Array(32).fill(7);
const victim = () => structuredClone(EXAMPLES.victim) as Record<string, unknown>;

const aggregateBySex = (records: unknown[]) => aggregate(records, { by: ["sex", "citizenship"] });

/** Every public function of the package, on a list of records. */
const FUNCTIONS: readonly [string, (records: unknown[]) => unknown][] = [
  ["redact", (records) => redact(records)],
  ["generalize", (records) => generalize(records, { birth: "ageBand", dates: "year", places: "country" })],
  ["pseudonymize", (records) => pseudonymize(records, { key })],
  ["anonymize", (records) => anonymize(records, { key, k: 2 })],
  ["aggregate", aggregateBySex],
  ["kAnonymity", (records) => kAnonymity(records, { quasi: ["victim.sex"] })],
  ["enforceK", (records) => enforceK(records, { quasi: ["victim.sex"], k: 2 })],
  ["exportGate", (records) => exportGate({ records }, { recipient: "x", purpose: "referral_transnational" })],
];

/** Pointers into fields `aggregate` counts by (or the record itself): a hostile value there stops it. */
const COUNTED_POINTERS = ["", "/recordType", "/id", "/sex", "/citizenships"];

async function errorOf(call: () => unknown): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("privacy functions on values no JSON parser makes", () => {
  for (const hostile of HOSTILE_CASES) {
    it(`throw a DataReadError locating ${hostile.name}`, async () => {
      for (const [name, call] of FUNCTIONS) {
        const error = await errorOf(() => call([victim(), hostile.build(victim())]));
        // aggregate reads only the fields it counts: a hostile value elsewhere is never read, and the record
        // is counted as it would be without it.
        if (name === "aggregate" && error === undefined && !COUNTED_POINTERS.includes(hostile.pointer)) {
          expect(aggregateBySex([victim(), hostile.build(victim())])).toEqual(
            aggregateBySex([victim(), victim()]),
          );
          continue;
        }
        expect(error, name).toBeInstanceOf(DataReadError);
        expect(error, name).toMatchObject({ code: hostile.code, pointer: hostile.pointer, recordIndex: 1 });
        expect((error as Error).message, name).not.toContain("hostile value read");
      }
    });
  }

  it("keep a __proto__ key of an extension as a key, never as the output's prototype", async () => {
    const record = JSON.parse(
      JSON.stringify({ ...victim(), extensions: { lc: { note: 1 } } }).replace('"note"', '"__proto__"'),
    );
    const [out] = (await pseudonymize([record], { key })) as Record<string, Record<string, object>>[];
    const lc = out?.extensions?.lc as object;
    expect(Object.hasOwn(lc, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(lc)).toBe(Object.prototype);
  });
});

describe("privacy functions on arbitrary values (property)", () => {
  it("never throw on data, leave Object.prototype alone and echo no value in an error", async () => {
    const before = prototypeNames();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          anyValue.map((value) => withCanary(value)),
          mutatedRecord,
        ),
        async (value) => {
          for (const [name, call] of FUNCTIONS) {
            const error = await errorOf(() => call([value]));
            // Only a value that is not data may be refused, and then with the typed error.
            if (error !== undefined) {
              expect(error, name).toBeInstanceOf(DataReadError);
              expect((error as Error).message).not.toContain(CANARY);
            }
          }
          expect(prototypeNames()).toEqual(before);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("never throw on JSON values", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue({ maxDepth: 6 }), { maxLength: 3 }), async (records) => {
        for (const [name, call] of FUNCTIONS)
          expect(await errorOf(() => call(records)), name).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });
});
