import { EXAMPLES, ExchangeBundle, TipRecord } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { syntheticRecords } from "../../test/support/synthetic.js";
import { kAnonymity } from "../k-anonymity/k-anonymity.js";
import { anonymize, DEFAULT_QUASI } from "./anonymize.js";
import { TIMESTAMP_FIELDS } from "./timestamps.js";

const KEY = new Uint8Array(32).fill(3);

describe("anonymize", () => {
  it("gives valid, k-anonymous, pseudonymous records and says what it cost", async () => {
    const input = syntheticRecords(41, 500);
    const { records, report } = await anonymize(input, { key: KEY });
    for (const record of records) expect(TipRecord.safeParse(record).success).toBe(true);
    expect(kAnonymity(records, { quasi: DEFAULT_QUASI, k: 11 }).satisfied).toBe(true);
    const ids = new Set(input.map((record) => (record as { id: string }).id));
    for (const record of records) expect(ids.has((record as { id: string }).id)).toBe(false);
    expect(report.recordsIn).toBe(input.length);
    expect(report.recordsOut).toBe(records.length);
    expect(report.recordsOut + report.suppression.suppressedRecords + report.redaction.recordsLeftOut).toBe(
      input.length,
    );
    expect(report.redaction.removed.direct).toBeGreaterThan(0);
  });

  it("removes timestamps and personal free text, which the model classes leave in", async () => {
    expect(TIMESTAMP_FIELDS).toContain("victim.createdAt");
    expect(TIMESTAMP_FIELDS).toContain("statusChange.at");
    expect(TIMESTAMP_FIELDS).not.toContain("bundle.sentAt");
    const referral = {
      ...EXAMPLES.referral,
      details: "Maria's uncle",
      createdAt: "2023-09-11T14:00:00-04:00",
    };
    const { records } = await anonymize([referral], { key: KEY, k: 1 });
    const text = JSON.stringify(records);
    expect(text).not.toContain("Maria");
    expect(text).not.toContain("2023-09-11");
    expect(records[0]).not.toHaveProperty("statusHistory");
  });

  it("anonymises the records of a bundle together and puts them back in their envelope", async () => {
    const { records } = await anonymize([EXAMPLES.bundle], { key: KEY, k: 1 });
    const [bundle] = records as unknown as ExchangeBundle[];
    expect(ExchangeBundle.safeParse(bundle).success).toBe(true);
    expect(bundle?.records).toHaveLength(EXAMPLES.bundle.records.length);
    const referral = bundle?.records.find((record) => record.recordType === "referral");
    expect(bundle?.recipients[0]?.agencyId).toBe(referral?.to.agencyId);
    expect(bundle?.id).not.toBe(EXAMPLES.bundle.id);
  });

  it("is repeatable with one key", async () => {
    const input = syntheticRecords(42, 80);
    const first = await anonymize(input, { key: KEY });
    const second = await anonymize(input, { key: KEY });
    expect(second.records).toEqual(first.records);
  });
});
