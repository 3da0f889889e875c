import { DataReadError, EXAMPLES, readData } from "@tip/schema";
import { HOSTILE_CASES } from "@tip/testkit";
import { anyValue, CANARY, mutatedRecord, prototypeNames, withCanary } from "@tip/testkit/hostile";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syntheticRecords } from "../../test/support/synthetic.js";
import { Aggregator, aggregate } from "../aggregate/aggregate.js";
import { Anonymizer } from "../anonymize/anonymizer.js";
import { ExportGate, type GateVerdict } from "../gate/export-gate.js";
import { formatRefusal } from "../gate/format-refusal.js";
import { ClassSuppression } from "../k-anonymity/class-suppression.js";
import { en } from "../locales/en.js";

// The streaming classes take records one at a time from library users: whatever a record is, they never throw
// or hang, they count what they pass over, and nothing of it reaches a message.

const KEY = new Uint8Array(32).fill(3);
const BY = { by: ["sex", "citizenship"] } as const;
const victim = () => structuredClone(EXAMPLES.victim) as Record<string, unknown>;
const GATE = {
  recipient: EXAMPLES.referral.to.agencyId,
  purpose: "referral_transnational",
  on: "2024-01-01",
};
const QUASI = { quasi: ["victim.sex", "victim.citizenships"], k: 2 };

/** Records made by @tip/testkit, a few of each type. */
const CLEAN = syntheticRecords(11, 12);

/** Lists mixing clean records with arbitrary values and records with one place changed, canaries in strings. */
const mixedLists = fc.array(
  fc.oneof(
    anyValue.map((value) => withCanary(value)),
    mutatedRecord,
    fc.constantFrom(...CLEAN),
  ),
  { maxLength: 6 },
);

/** Runs `call`, failing the test with the error's class and message if it throws. */
function noThrow<T>(what: string, call: () => T): T {
  try {
    return call();
  } catch (error) {
    throw new Error(`${what} threw ${(error as Error)?.name}: ${(error as Error)?.message}`);
  }
}

const noCanary = (text: string, what: string) => expect(text, what).not.toContain(CANARY);

/** Both passes of an Anonymizer over the values, the second in batches of 2. */
async function anonymizeTwice(values: readonly unknown[]) {
  const anonymizer = new Anonymizer({ key: KEY, k: 2 });
  const outcomes = values.map((value) => noThrow("survey", () => anonymizer.survey(value)));
  anonymizer.solve();
  const out: (Record<string, unknown> | undefined)[] = [];
  for (let at = 0; at < values.length; at += 2)
    out.push(...(await anonymizer.anonymizeBatch(values.slice(at, at + 2))));
  return { outcomes, out, report: anonymizer.report() };
}

/** Both passes of an ExportGate over the values, with `envelope` as the bundle's envelope. */
function gateTwice(values: readonly unknown[], envelope: unknown = { tlp: "GREEN" }) {
  const gate = new ExportGate(GATE);
  noThrow("envelope", () => gate.envelope(envelope as { tlp?: unknown }));
  for (const value of values) noThrow("survey", () => gate.survey(value));
  return values.map((value, position) => noThrow("check", () => gate.check(value, position)));
}

/** A refusal as the CLI shows it: the record named by its position, as an id may be personal. */
const shown = (verdict: GateVerdict, position: number) =>
  "refusal" in verdict ? formatRefusal({ ...verdict.refusal, id: `#${position + 1}` }, en) : "";

describe("streaming classes on values no JSON parser makes", () => {
  for (const hostile of HOSTILE_CASES) {
    it(`Aggregator passes over ${hostile.name} and counts it, or counts the victim by what it reads`, () => {
      const aggregator = new Aggregator(BY);
      expect(aggregator.add(victim())).toBeUndefined();
      const problem = noThrow("add", () => aggregator.add(hostile.build(victim())));
      if (problem === undefined) {
        // Nothing it reads is hostile: it counts the victim as it would count it without the hostile value.
        expect(aggregator.table()).toEqual(aggregate([victim(), victim()], BY));
        expect(aggregator.unreadable).toBe(0);
      } else {
        expect(problem).toBeInstanceOf(DataReadError);
        expect(problem).toMatchObject({ code: hostile.code, pointer: hostile.pointer, recordIndex: 1 });
        expect(aggregator.unreadable).toBe(1);
        expect(aggregator.table()).toEqual(aggregate([victim()], BY));
      }
    });

    it(`Anonymizer leaves out ${hostile.name} and counts it in both passes`, async () => {
      const values = [victim(), hostile.build(victim()), victim()];
      const { outcomes, out, report } = await anonymizeTwice(values);
      expect(outcomes).toEqual(["kept", "unreadable", "kept"]);
      expect(out).toHaveLength(3);
      expect(out[1]).toBeUndefined();
      expect(report).toMatchObject({ recordsIn: 3, recordsOut: 2, recordsUnreadable: 1, recordsChanged: 0 });
    });

    it(`ExportGate refuses ${hostile.name}, and sends nothing under an envelope like it`, () => {
      const verdicts = gateTwice([victim(), hostile.build(victim())]);
      expect("send" in (verdicts[0] as GateVerdict)).toBe(true);
      expect(verdicts[1]).toMatchObject({
        refusal: { code: "unreadable_record", id: "#2", recordType: "unknown" },
      });
      // Every case puts its hostile value in a member of the envelope, or makes the envelope hostile itself.
      const under = gateTwice([victim()], hostile.build({ tlp: "GREEN", recipients: [] }));
      expect(under[0]).toMatchObject({ refusal: { code: "envelope_unreadable" } });
    });

    it(`ClassSuppression passes over ${hostile.name} when it reads it, and never throws`, () => {
      const suppression = new ClassSuppression(QUASI);
      const added = noThrow("add", () => suppression.add(hostile.build(victim())));
      if (added !== undefined) expect(added).toMatchObject({ code: hostile.code, pointer: hostile.pointer });
      suppression.solve();
      const applied = noThrow("apply", () =>
        suppression.apply(hostile.build(victim()) as Record<string, unknown>),
      );
      expect(applied).toBe(added === undefined ? "removed" : "unreadable");
    });
  }
});

describe("streaming classes on arbitrary values (property)", () => {
  it("Aggregator: never throws, counts what it passes over, gives aggregate's table of the rest", () => {
    const before = prototypeNames();
    fc.assert(
      fc.property(mixedLists, (values) => {
        const aggregator = new Aggregator(BY);
        const problems = values.map((value) => noThrow("add", () => aggregator.add(value)));
        const unreadable = problems.filter((problem) => problem !== undefined);
        expect(aggregator.unreadable).toBe(unreadable.length);
        for (const problem of unreadable) {
          expect(problem).toBeInstanceOf(DataReadError);
          noCanary(problem?.message ?? "", "message");
        }
        const table = aggregator.table();
        const read = values.filter((_, index) => problems[index] === undefined);
        expect(table).toEqual(aggregate(read, BY));
        noCanary(JSON.stringify(table), "table");
        expect(prototypeNames()).toEqual(before);
      }),
      { numRuns: 150 },
    );
  });

  it("Anonymizer: never throws, every record in is out, removed, left out or counted unreadable", async () => {
    const before = prototypeNames();
    await fc.assert(
      fc.asyncProperty(mixedLists, async (values) => {
        const { outcomes, out, report } = await anonymizeTwice(values);
        expect(out).toHaveLength(values.length);
        expect(report.recordsIn).toBe(values.length);
        expect(report.recordsUnreadable).toBe(outcomes.filter((outcome) => outcome === "unreadable").length);
        expect(report.recordsChanged).toBe(0);
        expect(out.filter((record) => record !== undefined)).toHaveLength(report.recordsOut);
        expect(
          report.recordsOut +
            report.suppression.suppressedRecords +
            report.redaction.recordsLeftOut +
            report.recordsUnreadable,
        ).toBe(report.recordsIn);
        outcomes.forEach((outcome, index) => {
          if (outcome !== "kept") expect(out[index], `left out at ${index}`).toBeUndefined();
        });
        noCanary(JSON.stringify(report), "report");
        expect(prototypeNames()).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });

  it("ExportGate: never throws, gives each record one verdict, sends plain copies, names no value", () => {
    const before = prototypeNames();
    fc.assert(
      fc.property(mixedLists, fc.oneof(anyValue, fc.constant({ tlp: "GREEN" })), (values, envelope) => {
        const verdicts = gateTwice(values, envelope);
        expect(verdicts).toHaveLength(values.length);
        verdicts.forEach((verdict, position) => {
          if ("send" in verdict) {
            // What is sent is plain data equal to the record read: nothing left that could change or throw.
            const read = readData(values[position]);
            expect(read.ok).toBe(true);
            expect(readData(verdict.send)).toEqual({ ok: true, value: verdict.send });
          } else noCanary(shown(verdict, position), "refusal");
        });
        expect(prototypeNames()).toEqual(before);
      }),
      { numRuns: 150 },
    );
  });

  it("ClassSuppression: add and apply never throw, and a record is kept only when it was added", () => {
    const before = prototypeNames();
    fc.assert(
      fc.property(mixedLists, (values) => {
        const suppression = new ClassSuppression(QUASI);
        const added = values.map((value) => noThrow("add", () => suppression.add(value)));
        suppression.solve();
        values.forEach((value, index) => {
          const outcome = noThrow("apply", () => suppression.apply(value as Record<string, unknown>));
          if (added[index] !== undefined) expect(outcome).toBe("unreadable");
        });
        expect(prototypeNames()).toEqual(before);
      }),
      { numRuns: 150 },
    );
  });
});
