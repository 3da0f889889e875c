import type { Agency, Case, Perpetrator, Referral, TipRecord, Victim } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { generate } from "./generate.js";

function byType<T extends TipRecord["recordType"]>(records: readonly TipRecord[], type: T) {
  const map = new Map<string, Extract<TipRecord, { recordType: T }>>();
  for (const record of records)
    if (record.recordType === type) map.set(record.id, record as Extract<TipRecord, { recordType: T }>);
  return map;
}

describe("a generated data set", () => {
  const { records } = generate({ seed: "consistency", count: 600 });
  const cases = byType(records, "case") as Map<string, Case>;
  const victims = byType(records, "victim") as Map<string, Victim>;
  const perpetrators = byType(records, "perpetrator") as Map<string, Perpetrator>;
  const agencies = byType(records, "agency") as Map<string, Agency>;
  const referrals = byType(records, "referral") as Map<string, Referral>;

  it("has unique ids and a directory of about ten domestic and five partner agencies", () => {
    expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
    const countries = [...agencies.values()].map((agency) => agency.country);
    expect(countries.filter((country) => country === "TT").length).toBeGreaterThanOrEqual(10);
    expect(new Set(countries.filter((country) => country !== "TT")).size).toBe(5);
  });

  it("links victims and cases both ways, with one to three victims per case", () => {
    for (const victim of victims.values()) {
      for (const caseId of victim.caseIds ?? []) expect(cases.get(caseId)?.victimIds).toContain(victim.id);
    }
    for (const record of cases.values()) {
      expect(record.victimIds?.length).toBeGreaterThanOrEqual(1);
      expect(record.victimIds?.length).toBeLessThanOrEqual(3);
      for (const id of record.victimIds ?? []) expect(victims.get(id)?.caseIds).toContain(record.id);
      for (const id of record.perpetratorIds ?? [])
        expect(perpetrators.get(id)?.caseIds).toContain(record.id);
      for (const id of [...(record.reportingAgencyIds ?? []), record.leadAgencyId])
        expect(agencies.has(id as string)).toBe(true);
    }
  });

  it("links perpetrators to their case and to victims of that case", () => {
    for (const perpetrator of perpetrators.values()) {
      const [caseId] = perpetrator.caseIds ?? [];
      const record = cases.get(caseId as string);
      expect(record?.perpetratorIds).toContain(perpetrator.id);
      for (const relation of perpetrator.victimRelations ?? [])
        expect(record?.victimIds).toContain(relation.victimId);
    }
  });

  it("points victims' identification and assistance at agencies of the directory", () => {
    for (const victim of victims.values()) {
      expect(agencies.has(victim.identification?.agencyId as string)).toBe(true);
      for (const service of victim.assistance ?? []) {
        if (service.providerAgencyId !== undefined) {
          expect(agencies.get(service.providerAgencyId)?.services).toContain(service.service);
        }
      }
    }
  });

  it("builds referrals on existing victims, cases, agencies and consents", () => {
    expect(referrals.size).toBeGreaterThan(0);
    expect([...referrals.values()].some((referral) => referral.crossBorder)).toBe(true);
    for (const referral of referrals.values()) {
      const victim = victims.get(referral.victimId);
      expect(victim?.caseIds).toContain(referral.caseId);
      expect(agencies.get(referral.from.agencyId)?.country).toBe(referral.from.country);
      expect(agencies.get(referral.to.agencyId)?.country).toBe(referral.to.country);
      expect(referral.crossBorder).toBe(referral.from.country !== referral.to.country);
      const consent = victim?.consents?.find((candidate) => candidate.id === referral.consentId);
      expect(consent?.given).toBe(true);
      expect(consent?.recipientAgencyIds).toContain(referral.to.agencyId);
      expect(consent?.purposes).toContain(
        referral.crossBorder ? "referral_transnational" : "referral_national",
      );
      expect(referral.statusHistory?.[0]?.status).toBe("draft");
      expect(referral.statusHistory?.at(-1)?.status).toBe(referral.status);
    }
  });

  it("keeps labour and sexual-exploitation detail to victims of those forms", () => {
    for (const victim of victims.values()) {
      const forms = victim.exploitation?.forms ?? [];
      if (victim.exploitation?.labourSectors)
        expect(
          forms.some((f) => f === "forced_labour" || f === "forced_begging" || f === "forced_criminality"),
        ).toBe(true);
      if (victim.exploitation?.sexualExploitationTypes) expect(forms).toContain("sexual_exploitation");
    }
  });
});
