import { generate } from "@tip/testkit";
import { describe, expect, it } from "vitest";
import { anonymize } from "../src/anonymize/anonymize.js";
import { ID_FIELDS } from "../src/pseudonymize/id-fields.js";
import { leakedCanaries, maximalRecords } from "./support/maximal.js";

const KEY = new Uint8Array(32).fill(7);
const TYPES = [
  "operation",
  "financialInquiry",
  "legalAssistanceRequest",
  "criminalGroup",
  "preventionActivity",
];

type Raw = Record<string, unknown>;

describe("prosecution and prevention records under anonymisation", () => {
  it("plants canaries in every confidential text field of the five record types", () => {
    const { canaries } = maximalRecords();
    const fields = new Set(canaries.planted.values());
    for (const field of [
      "operation.name",
      "operation.summary",
      "operation.extensions.lc.note",
      "financialInquiry.summary",
      "financialInquiry.extensions.lc.note",
      "legalAssistanceRequest.details",
      "legalAssistanceRequest.extensions.lc.note",
      "criminalGroup.name",
      "criminalGroup.summary",
      "criminalGroup.extensions.lc.note",
      "preventionActivity.extensions.lc.note",
    ])
      expect(fields, field).toContain(field);
  });

  it("leaks none of those canaries, in loose records and inside a bundle", async () => {
    const { records, canaries } = maximalRecords();
    const mine = records.filter((record) => TYPES.includes(record.recordType as string));
    expect(mine).toHaveLength(TYPES.length);
    const bundle = records.find((record) => record.recordType === "bundle") as Raw;
    const input = [
      ...mine,
      { ...bundle, records: (bundle.records as Raw[]).filter((r) => TYPES.includes(r.recordType as string)) },
    ];
    const { records: out, report } = await anonymize(input, { key: KEY, k: 2 });
    expect(leakedCanaries(JSON.stringify(out), canaries)).toEqual([]);
    expect(leakedCanaries(JSON.stringify(report), canaries)).toEqual([]);
  });

  it("pseudonymises every id they hold and keeps every record and link", async () => {
    for (const field of [
      "operation.leadAgencyId",
      "operation.agencyIds",
      "operation.caseIds",
      "operation.perpetratorIds",
      "operation.criminalGroupIds",
      "financialInquiry.agencyId",
      "financialInquiry.criminalGroupIds",
      "legalAssistanceRequest.requestingAgencyId",
      "legalAssistanceRequest.requestedAgencyId",
      "legalAssistanceRequest.caseId",
      "criminalGroup.perpetratorIds",
      "criminalGroup.caseIds",
      "preventionActivity.organiserAgencyId",
    ])
      expect(ID_FIELDS, field).toContain(field);
    const { records } = generate({ seed: 5, count: 200, prosecution: true });
    const input = records.filter((record) => TYPES.includes(record.recordType));
    const originalIds = new Set(input.map((record) => record.id));
    const { records: out, report } = await anonymize(input, { key: KEY, k: 2 });
    expect(report.recordsOut).toBe(input.length);
    expect(out.map((record) => record.recordType).sort()).toEqual(
      input.map((record) => record.recordType).sort(),
    );
    for (const record of out) expect(originalIds.has(record.id)).toBe(false);
    // A group's pseudonym is the same wherever it is referred to, so links survive.
    const groupIds = new Set(out.filter((record) => record.recordType === "criminalGroup").map((r) => r.id));
    const linked = out.flatMap((record) =>
      "criminalGroupIds" in record ? (record.criminalGroupIds ?? []) : [],
    );
    expect(linked.length).toBeGreaterThan(0);
    for (const id of linked) expect(groupIds.has(id)).toBe(true);
  });
});
