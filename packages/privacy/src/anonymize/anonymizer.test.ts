import { describe, expect, it } from "vitest";
import { syntheticRecords } from "../../test/support/synthetic.js";
import { anonymize } from "./anonymize.js";
import { Anonymizer } from "./anonymizer.js";

const KEY = new Uint8Array(32).fill(7);

async function twoPasses(input: readonly unknown[], k: number) {
  const anonymizer = new Anonymizer({ key: KEY, k });
  const outcomes = input.map((record) => anonymizer.survey(record));
  anonymizer.solve();
  const out: unknown[] = [];
  // Uneven batches: the result must not depend on how the second pass is cut.
  for (let at = 0; at < input.length; at += 37) {
    for (const record of await anonymizer.anonymizeBatch(input.slice(at, at + 37)))
      if (record !== undefined) out.push(record);
  }
  return { out, outcomes, report: anonymizer.report() };
}

describe("Anonymizer", () => {
  it("gives what anonymize gives, reading the records twice instead of holding them", async () => {
    for (const k of [3, 11]) {
      const input = syntheticRecords(29, 400);
      const whole = await anonymize(input, { key: KEY, k });
      const { out, report } = await twoPasses(input, k);
      expect(out).toEqual(whole.records);
      expect(report).toEqual(whole.report);
    }
  });

  it("leaves out what is no record and counts it", async () => {
    const input = [...syntheticRecords(3, 30), 42, { recordType: "nothing" }, null];
    const { outcomes, report } = await twoPasses(input, 2);
    expect(outcomes.slice(-3)).toEqual(["leftOut", "leftOut", "leftOut"]);
    expect(report.redaction.recordsLeftOut).toBe(3);
    expect(report.recordsOut + report.suppression.suppressedRecords + 3).toBe(input.length);
  });
});
