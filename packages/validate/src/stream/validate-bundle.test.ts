import { EXAMPLES } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { validateBundle } from "./validate-bundle.js";

type Mutable = Record<string, unknown> & { records: Record<string, unknown>[] };
const bundle = (): Mutable => structuredClone(EXAMPLES.bundle) as unknown as Mutable;
const codes = (result: ReturnType<typeof validateBundle>) =>
  result.issues.map((issue) => [issue.code, issue.path]);
const recordOf = (b: Mutable, type: string) =>
  b.records.find((record) => record.recordType === type) as Record<string, unknown>;

describe("validateBundle", () => {
  it("accepts the example bundle and counts its records", () => {
    const result = validateBundle(bundle());
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.summary).toMatchObject({ total: 6, valid: 6, invalid: 0, skipped: 0 });
    expect(result.summary.byRecordType.agency).toEqual({ total: 2, valid: 2, invalid: 0 });
  });

  it("checks every record on its own: one bad record does not hide another", () => {
    const b = bundle();
    recordOf(b, "victim").sex = "robot";
    recordOf(b, "case").status = 42;
    const result = validateBundle(b);
    expect(codes(result)).toEqual([
      ["invalid_code", "/records/0/status"],
      ["invalid_code", "/records/1/sex"],
    ]);
    expect(result.summary).toMatchObject({ total: 6, valid: 4, invalid: 2 });
  });

  it("reports a duplicate id at the second record", () => {
    const b = bundle();
    b.records.push(structuredClone(recordOf(b, "perpetrator")));
    const result = validateBundle(b);
    expect(codes(result)).toEqual([["duplicate_id", "/records/6/id"]]);
    expect(result.issues[0]?.params).toEqual({ firstRecordIndex: 2 });
    expect(result.ok).toBe(false);
  });

  it("reports references to records that are not in the bundle, and recounts the record as invalid", () => {
    const b = bundle();
    const referral = recordOf(b, "referral");
    referral.victimId = "00000000-0000-4000-8000-000000000001";
    (referral.to as Record<string, unknown>).agencyId = recordOf(b, "victim").id;
    const result = validateBundle(b);
    expect(codes(result)).toEqual([
      ["dangling_reference", "/records/5/victimId"],
      ["dangling_reference", "/records/5/to/agencyId"],
    ]);
    expect(result.issues.map((issue) => issue.params.field)).toEqual(["referral.victimId", "referral.to"]);
    expect(result.summary).toMatchObject({ valid: 5, invalid: 1 });
    expect(result.summary.byRecordType.referral).toEqual({ total: 1, valid: 0, invalid: 1 });
  });

  it("checks the victim each case event names", () => {
    const b = bundle();
    const victimId = recordOf(b, "victim").id;
    const caseIndex = b.records.indexOf(recordOf(b, "case"));
    recordOf(b, "case").events = [
      { victimId, role: "recruitment", date: "2022-09" },
      { victimId: "00000000-0000-4000-8000-000000000002", role: "exploitation", date: "2022-11" },
      { victimId: "__proto__", role: "exploitation", date: "2022-11" },
    ];
    const result = validateBundle(b);
    expect(codes(result)).toEqual([
      ["invalid_format", `/records/${caseIndex}/events/2/victimId`],
      ["dangling_reference", `/records/${caseIndex}/events/1/victimId`],
    ]);
  });

  it("does not ask for record types the bundle does not carry", () => {
    const b = bundle();
    b.records = b.records.filter((record) => record.recordType === "victim");
    expect(validateBundle(b).issues).toEqual([]);
  });

  it("flags a referral that sends the person back where they came from (A -> B, then B -> A)", () => {
    const b = bundle();
    const referral = recordOf(b, "referral");
    const back = structuredClone(referral) as Record<string, unknown> &
      Record<"from" | "to", Record<string, unknown>>;
    back.id = "5d4c3b2a-1908-4f7e-8d6c-5b4a39281707";
    [back.from, back.to] = [back.to, back.from];
    back.crossBorder = true;
    b.records.push(back);
    const result = validateBundle(b);
    expect(result.issues.map((issue) => [issue.code, issue.path, issue.severity])).toEqual([
      ["referral_chain_cycle", "/records/6/to/agencyId", "warning"],
    ]);
    expect(result.ok).toBe(true);
  });

  it("checks the header: sender country against the sender agency, schema version major", () => {
    const b = bundle();
    (b.sender as Record<string, unknown>).country = "JM";
    b.schemaVersion = "9.0.0";
    const result = validateBundle(b);
    expect(codes(result)).toEqual([
      ["schema_version_unsupported", "/schemaVersion"],
      ["bundle_header_mismatch", "/sender/country"],
    ]);
  });

  it("rejects a bundle inside a bundle and survives a header that is not an object", () => {
    const b = bundle();
    b.records.push(bundle());
    expect(codes(validateBundle(b))).toEqual([["invalid_record_type", "/records/6/recordType"]]);
    expect(codes(validateBundle(null))).toEqual([["not_an_object", ""]]);
    expect(codes(validateBundle([]))).toEqual([["not_an_object", ""]]);
    expect(codes(validateBundle({ ...bundle(), records: "none" }))).toEqual([["invalid_type", "/records"]]);
  });

  it("reports an empty bundle", () => {
    expect(codes(validateBundle({ ...bundle(), records: [] }))).toEqual([["empty_input", "/records"]]);
  });
});
