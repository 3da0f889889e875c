import { describe, expect, it } from "vitest";
import { checkRecord } from "../../issues/check-record.js";
import { en } from "../../locales/en.js";
import { operationExample } from "./operation.example.js";

const issuesOf = (record: unknown) => checkRecord(record, { locale: en }).issues;
const codesOf = (record: unknown) => issuesOf(record).map((issue) => issue.code);

describe("operation record", () => {
  it("accepts the example and a bare operation", () => {
    expect(checkRecord(operationExample, { locale: en }).ok).toBe(true);
    const bare = { recordType: "operation", id: operationExample.id, kind: "operation" };
    expect(checkRecord(bare, { locale: en }).ok).toBe(true);
  });

  it("rejects an end before the start, pointing at the end date", () => {
    const issues = issuesOf({ ...operationExample, startedOn: "2023-06-01", endedOn: "2023-05-31" });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([["dates_out_of_order", "/endedOn"]]);
  });

  it("warns when a joint investigation names one country only, even twice", () => {
    const one = { ...operationExample, countries: ["TT", "TT"] };
    expect(issuesOf(one).map((issue) => [issue.code, issue.severity])).toEqual([
      ["joint_investigation_one_country", "warning"],
    ]);
    expect(codesOf({ ...operationExample, kind: "operation", countries: ["TT"] })).toEqual([]);
    const { countries: _countries, ...withoutCountries } = operationExample;
    expect(codesOf(withoutCountries)).toEqual([]);
  });

  it("accepts more arrests than persons identified: the counts measure different things", () => {
    expect(codesOf({ ...operationExample, personsIdentified: 1, arrests: 5 })).toEqual([]);
  });

  it("rejects negative or fractional counts, an unknown kind and an unknown key", () => {
    expect(codesOf({ ...operationExample, arrests: -1 })).toContain("too_small");
    expect(checkRecord({ ...operationExample, victimsRescued: 1.5 }, { locale: en }).ok).toBe(false);
    expect(codesOf({ ...operationExample, kind: "raid" })).toContain("invalid_code");
    expect(codesOf({ ...operationExample, suspectName: "x" })).toContain("unknown_field");
  });
});
