import { describe, expect, it } from "vitest";
import { checkRecord } from "../../issues/check-record.js";
import { en } from "../../locales/en.js";
import { financialInquiryExample } from "./financial-inquiry.example.js";

const issuesOf = (record: unknown) => checkRecord(record, { locale: en }).issues;

describe("financial inquiry record", () => {
  it("accepts the example", () => {
    expect(checkRecord(financialInquiryExample, { locale: en }).ok).toBe(true);
  });

  it("rejects a closing date before the opening date", () => {
    const issues = issuesOf({ ...financialInquiryExample, closedOn: "2023-07-14" });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([["dates_out_of_order", "/closedOn"]]);
  });

  it("rejects an asset value without its currency, pointing at that action", () => {
    const assetActions = [{ action: "identified" }, { action: "frozen", value: 100 }];
    const issues = issuesOf({ ...financialInquiryExample, assetActions });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["amount_without_currency", "/assetActions/1/value"],
    ]);
  });

  it("rejects an unknown kind, outcome or asset action", () => {
    const codes = (record: unknown) => issuesOf(record).map((issue) => issue.code);
    expect(codes({ ...financialInquiryExample, kind: "audit" })).toContain("invalid_code");
    expect(codes({ ...financialInquiryExample, outcome: "won" })).toContain("invalid_code");
    expect(codes({ ...financialInquiryExample, assetActions: [{ action: "burnt" }] })).toContain(
      "invalid_code",
    );
  });
});
