import {
  type Agency,
  type Case,
  type CriminalGroup,
  checkRecord,
  type FinancialInquiry,
  type LegalAssistanceRequest,
  type Operation,
  type Perpetrator,
  type PreventionActivity,
  type TipRecord,
} from "@tip/schema";
import { en } from "@tip/schema/locales/en";
import { describe, expect, it } from "vitest";
import { generate } from "./generate.js";

function ofType<T extends TipRecord>(records: readonly TipRecord[], type: T["recordType"]): T[] {
  return records.filter((record): record is T => record.recordType === type);
}

describe("prosecution and prevention records of a generated data set", () => {
  const { records } = generate({ seed: "prosecution", count: 400, prosecution: true });
  const ids = (type: TipRecord["recordType"]) => new Set(ofType(records, type).map((record) => record.id));
  const cases = new Map(ofType<Case>(records, "case").map((record) => [record.id, record]));
  const perpetrators = new Map(
    ofType<Perpetrator>(records, "perpetrator").map((record) => [record.id, record]),
  );
  const agencies = new Map(ofType<Agency>(records, "agency").map((record) => [record.id, record]));
  const groups = ofType<CriminalGroup>(records, "criminalGroup");
  const operations = ofType<Operation>(records, "operation");
  const inquiries = ofType<FinancialInquiry>(records, "financialInquiry");
  const requests = ofType<LegalAssistanceRequest>(records, "legalAssistanceRequest");
  const activities = ofType<PreventionActivity>(records, "preventionActivity");

  it("has every record type, each record valid without any issue", () => {
    for (const list of [groups, operations, inquiries, requests, activities])
      expect(list.length).toBeGreaterThan(0);
    for (const record of [...groups, ...operations, ...inquiries, ...requests, ...activities]) {
      expect(checkRecord(record, { locale: en }).issues, `${record.recordType} ${record.id}`).toEqual([]);
    }
  });

  it("links a group to the perpetrators of its case, who were found to act in organised crime", () => {
    for (const group of groups) {
      const [caseId] = group.caseIds ?? [];
      expect(cases.get(caseId as string)?.perpetratorIds).toEqual(group.perpetratorIds);
      for (const id of group.perpetratorIds ?? []) {
        expect(["organised_criminal_group", "transnational_network"]).toContain(
          perpetrators.get(id)?.organisedCrime,
        );
      }
    }
  });

  it("points operations, inquiries and requests at cases, perpetrators, agencies and groups of the set", () => {
    const groupIds = ids("criminalGroup");
    for (const record of [...operations, ...inquiries]) {
      for (const id of record.caseIds ?? []) expect(cases.has(id)).toBe(true);
      for (const id of record.perpetratorIds ?? []) expect(perpetrators.has(id)).toBe(true);
      for (const id of record.criminalGroupIds ?? []) expect(groupIds.has(id)).toBe(true);
    }
    for (const operation of operations) {
      for (const id of [operation.leadAgencyId, ...(operation.agencyIds ?? [])])
        expect(agencies.has(id as string)).toBe(true);
      // A joint team works with the agency of the other country.
      const countries = new Set((operation.agencyIds ?? []).map((id) => agencies.get(id)?.country));
      expect(countries.size).toBe(operation.kind === "joint_investigation_team" ? 2 : 1);
    }
    for (const request of requests) {
      expect(cases.has(request.caseId as string)).toBe(true);
      expect(agencies.get(request.requestingAgencyId as string)?.country).toBe(request.requestingCountry);
      if (request.requestedAgencyId !== undefined)
        expect(agencies.get(request.requestedAgencyId)?.country).toBe(request.requestedCountry);
    }
    for (const activity of activities) expect(agencies.has(activity.organiserAgencyId as string)).toBe(true);
  });

  it("freezes and confiscates no more than was identified", () => {
    for (const inquiry of inquiries) {
      const [identified, ...later] = inquiry.assetActions ?? [];
      for (const action of later)
        expect(action.value as number).toBeLessThanOrEqual(identified?.value as number);
    }
  });

  it("leaves the other records as they are without the option", () => {
    const without = generate({ seed: "prosecution", count: 400 }).records;
    const kept = records.filter(
      (record) =>
        ![
          "criminalGroup",
          "operation",
          "financialInquiry",
          "legalAssistanceRequest",
          "preventionActivity",
        ].includes(record.recordType),
    );
    expect(kept).toEqual(without);
  });
});
