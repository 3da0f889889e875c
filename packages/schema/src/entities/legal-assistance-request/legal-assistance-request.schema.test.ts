import { describe, expect, it } from "vitest";
import { checkRecord } from "../../issues/check-record.js";
import { en } from "../../locales/en.js";
import { legalAssistanceRequestExample } from "./legal-assistance-request.example.js";

const issuesOf = (record: unknown) => checkRecord(record, { locale: en }).issues;
const pairsOf = (record: unknown) => issuesOf(record).map((issue) => [issue.code, issue.path]);

describe("mutual legal assistance request", () => {
  it("accepts the example", () => {
    expect(checkRecord(legalAssistanceRequestExample, { locale: en }).ok).toBe(true);
  });

  it("rejects a request between a country and itself", () => {
    const record = { ...legalAssistanceRequestExample, requestedCountry: "TT" };
    expect(pairsOf(record)).toEqual([["legal_assistance_same_country", "/requestedCountry"]]);
  });

  it("rejects dates out of order, skipping a missing date", () => {
    expect(pairsOf({ ...legalAssistanceRequestExample, receivedOn: "2023-07-31" })).toEqual([
      ["dates_out_of_order", "/receivedOn"],
    ]);
    const { receivedOn: _receivedOn, ...withoutReceipt } = legalAssistanceRequestExample;
    expect(pairsOf({ ...withoutReceipt, closedOn: "2023-07-01" })).toEqual([
      ["dates_out_of_order", "/closedOn"],
    ]);
  });

  it("requires a direction, both countries and a status", () => {
    const { direction: _d, status: _s, ...bare } = legalAssistanceRequestExample;
    expect(issuesOf(bare).map((issue) => issue.code)).toEqual(["required", "required"]);
  });
});
