import { checkRecord } from "@tip/schema";
import { en } from "@tip/schema/locales/en";
import { describe, expect, it } from "vitest";
import { generate } from "./generate.js";

const NEW_TYPES = ["helplineContact", "screening", "protectionMeasure", "sgbvIncident"];
type Plain = Record<string, unknown>;

describe("generate({ protection: true })", () => {
  const { records } = generate({ seed: 11, count: 80, protection: true });
  const byId = new Map(records.map((record) => [record.id, record]));
  const ofType = (type: string) => records.filter((record) => record.recordType === type) as Plain[];

  it("generates every protection record type, each valid", () => {
    for (const type of NEW_TYPES) expect(ofType(type).length).toBeGreaterThan(0);
    for (const record of records) {
      if (!NEW_TYPES.includes(record.recordType)) continue;
      const result = checkRecord(record, { locale: en });
      expect(result.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    }
  });

  it("names only records of the data set, of the right type", () => {
    const targets: [string, string, string][] = [
      ["helplineContact", "victimId", "victim"],
      ["helplineContact", "caseId", "case"],
      ["helplineContact", "agencyId", "agency"],
      ["screening", "helplineContactId", "helplineContact"],
      ["screening", "victimId", "victim"],
      ["screening", "agencyId", "agency"],
      ["protectionMeasure", "victimId", "victim"],
      ["protectionMeasure", "caseId", "case"],
      ["protectionMeasure", "agencyId", "agency"],
      ["sgbvIncident", "victimId", "victim"],
      ["sgbvIncident", "caseId", "case"],
    ];
    for (const [type, key, target] of targets) {
      for (const record of ofType(type)) {
        const id = record[key];
        if (id === undefined) continue;
        expect(byId.get(id as string)?.recordType).toBe(target);
      }
    }
  });

  it("follows a hotline call through screening and victim to a paid compensation", () => {
    const paid = ofType("protectionMeasure").filter(
      (m) => m.kind === "compensation" && (m.compensation as Plain).paid === true,
    );
    const victimsPaid = new Set(paid.map((m) => m.victimId));
    const chained = ofType("screening").filter(
      (s) => s.helplineContactId !== undefined && victimsPaid.has(s.victimId),
    );
    expect(chained.length).toBeGreaterThan(0);
    const referred = new Set(ofType("referral").map((r) => r.victimId));
    expect(chained.some((s) => referred.has(s.victimId))).toBe(true);
  });

  it("puts SGBV incidents only on migrant women and girls, and dates a contact before the screening", () => {
    for (const incident of ofType("sgbvIncident")) {
      const victim = byId.get(incident.victimId as string) as Plain;
      expect(victim.sex).toBe("female");
      expect(victim.citizenships).not.toContain("TT");
    }
    for (const screening of ofType("screening")) {
      if (screening.helplineContactId === undefined) continue;
      const contact = byId.get(screening.helplineContactId as string) as Plain;
      expect((contact.contactedAt as string).slice(0, 10) <= (screening.screenedOn as string)).toBe(true);
    }
  });

  it("leaves the other records as they are without the option", () => {
    const plain = generate({ seed: 11, count: 80 }).records;
    expect(records.filter((record) => !NEW_TYPES.includes(record.recordType))).toEqual(plain);
  });
});
