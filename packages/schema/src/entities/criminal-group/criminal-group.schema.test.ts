import { describe, expect, it } from "vitest";
import { checkRecord } from "../../issues/check-record.js";
import { en } from "../../locales/en.js";
import { criminalGroupExample } from "./criminal-group.example.js";

const issuesOf = (record: unknown) => checkRecord(record, { locale: en }).issues;

describe("criminal group record", () => {
  it("accepts the example", () => {
    expect(checkRecord(criminalGroupExample, { locale: en }).ok).toBe(true);
  });

  it("warns about a group of fewer than three persons, and accepts three", () => {
    const issues = issuesOf({ ...criminalGroupExample, estimatedMembers: 2 });
    expect(issues.map((issue) => [issue.code, issue.severity, issue.path])).toEqual([
      ["criminal_group_too_small", "warning", "/estimatedMembers"],
    ]);
    expect(issuesOf({ ...criminalGroupExample, estimatedMembers: 3 })).toEqual([]);
  });

  it("rejects an asset value without its currency", () => {
    const issues = issuesOf({ ...criminalGroupExample, assetActions: [{ action: "seized", value: 1 }] });
    expect(issues.map((issue) => issue.code)).toEqual(["amount_without_currency"]);
  });

  it("rejects a structure or an offence outside their lists", () => {
    const codes = (record: unknown) => issuesOf(record).map((issue) => issue.code);
    expect(codes({ ...criminalGroupExample, structure: "mafia" })).toContain("invalid_code");
    expect(codes({ ...criminalGroupExample, offences: ["9999"] })).toContain("invalid_code");
  });
});
