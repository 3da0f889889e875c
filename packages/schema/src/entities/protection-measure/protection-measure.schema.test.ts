import { describe, expect, it } from "vitest";
import { checkRecord } from "../../issues/check-record.js";
import { en } from "../../locales/en.js";
import { protectionMeasureExample } from "./protection-measure.example.js";

const codesOf = (record: unknown) => checkRecord(record, { locale: en }).issues.map((issue) => issue.code);
const pathsOf = (record: unknown) =>
  checkRecord(record, { locale: en }).issues.map((issue) => [issue.code, issue.path]);

const { compensation, ...bare } = protectionMeasureExample;
const residence = {
  permitType: "temporary",
  decision: "granted",
  startDate: "2023-09-01",
  endDate: "2024-08-31",
};
const reintegration = { country: "VE", returnedOn: "2023-10-01", outcome: "in_progress" };
const nonPunishment = { offence: "08051", outcome: "charges_dropped" };

describe("protection measure record", () => {
  it("accepts each kind with its own detail", () => {
    const cases = [
      { ...bare, kind: "compensation", compensation },
      { ...bare, kind: "restitution", compensation },
      { ...bare, kind: "residence_permit", residence },
      { ...bare, kind: "reflection_period", residence: { decision: "refused" } },
      { ...bare, kind: "return_reintegration", reintegration },
      { ...bare, kind: "non_punishment", nonPunishment },
    ];
    for (const record of cases) expect(codesOf(record)).toEqual([]);
  });

  it("rejects a kind without its detail, naming the detail it needs", () => {
    const result = checkRecord({ ...bare, kind: "non_punishment" }, { locale: en });
    expect(result.issues.map((issue) => [issue.code, issue.path, issue.params?.field])).toEqual([
      ["protection_detail_missing", "/kind", "protectionMeasure.nonPunishment"],
    ]);
  });

  it("rejects the detail of another kind, at that detail", () => {
    expect(pathsOf({ ...protectionMeasureExample, residence })).toEqual([
      ["protection_detail_of_other_kind", "/residence"],
    ]);
  });

  it("rejects a payment not awarded and an amount without currency", () => {
    const notAwarded = { ...compensation, awarded: false, awardedOn: undefined, amountAwarded: undefined };
    expect(codesOf({ ...bare, kind: "compensation", compensation: notAwarded })).toEqual([
      "compensation_paid_not_awarded",
    ]);
    const { currency: _currency, ...noCurrency } = compensation;
    expect(pathsOf({ ...bare, kind: "compensation", compensation: noCurrency })).toEqual([
      ["amount_without_currency", "/compensation/amountAwarded"],
    ]);
  });

  it("warns when more is paid than awarded and rejects dates out of order", () => {
    const overpaid = { ...compensation, amountPaid: 50000 };
    expect(codesOf({ ...bare, kind: "compensation", compensation: overpaid })).toEqual([
      "compensation_paid_exceeds_award",
    ]);
    const early = { ...compensation, paidOn: "2024-01-01" };
    expect(pathsOf({ ...bare, kind: "compensation", compensation: early })).toEqual([
      ["dates_out_of_order", "/compensation/paidOn"],
    ]);
    const reversed = { ...residence, endDate: "2023-01-01" };
    expect(pathsOf({ ...bare, kind: "residence_permit", residence: reversed })).toEqual([
      ["dates_out_of_order", "/residence/endDate"],
    ]);
  });

  it("requires the victim", () => {
    const { victimId: _victimId, ...withoutVictim } = protectionMeasureExample;
    expect(codesOf(withoutVictim)).toContain("required");
  });
});
