import { EXAMPLES, type Victim } from "@tip/schema";
import { es as schemaEs } from "@tip/schema/locales/es";
import { describe, expect, it } from "vitest";
import { en } from "../locales/en.js";
import { es } from "../locales/es.js";
import { fr } from "../locales/fr.js";
import { pt } from "../locales/pt.js";
import { exportGate } from "./export-gate.js";
import { formatRefusal } from "./format-refusal.js";

type Raw = Record<string, unknown>;
const bundle = structuredClone(EXAMPLES.bundle) as unknown as {
  records: Raw[];
  tlp: string;
  recipients: unknown[];
};
const ORIGIN = EXAMPLES.referral.to.agencyId;
const DESTINATION = EXAMPLES.referral.from.agencyId;
const ON = "2024-01-01";

function withConsent(change: (consent: Record<string, unknown>) => void) {
  const copy = structuredClone(bundle);
  const victim = copy.records.find((record) => record.recordType === "victim") as Victim | undefined;
  const consent = victim?.consents?.[0];
  if (consent) change(consent as unknown as Raw);
  return copy;
}

const codes = (result: ReturnType<typeof exportGate>) =>
  result.refused.map((refusal) => [refusal.recordType, refusal.code]);

describe("exportGate", () => {
  it("lets everything through when the consent covers recipient and purpose", () => {
    const result = exportGate(bundle, { recipient: ORIGIN, purpose: "referral_transnational", on: ON });
    expect(result.ok).toBe(true);
    expect(result.bundle.records).toHaveLength(bundle.records.length);
  });

  it("refuses the victim and every record about them when the purpose is not covered", () => {
    const result = exportGate(bundle, { recipient: ORIGIN, purpose: "criminal_proceedings", on: ON });
    expect(result.ok).toBe(false);
    expect(codes(result)).toEqual([
      ["case", "linked_victim_refused"],
      ["victim", "consent_purpose_not_covered"],
      ["referral", "consent_purpose_not_covered"],
    ]);
    expect(result.refused[1]).toMatchObject({
      id: EXAMPLES.victim.id,
      params: { purpose: "criminal_proceedings" },
    });
    const sent = result.bundle.records as Raw[];
    expect(sent.map((record) => record.recordType)).toEqual(["perpetrator", "agency", "agency"]);
    expect(sent[0]).not.toHaveProperty("victimRelations");
  });

  it("refuses when the recipient is not covered, and accepts a consent naming the recipient's country", () => {
    expect(
      codes(exportGate(bundle, { recipient: DESTINATION, purpose: "assistance", on: ON })),
    ).toContainEqual(["victim", "consent_recipient_not_covered"]);
    const byCountry = withConsent((consent) => {
      consent.recipientAgencyIds = undefined;
      consent.recipientCountries = ["VE"];
    });
    expect(exportGate(byCountry, { recipient: ORIGIN, purpose: "assistance", on: ON }).ok).toBe(true);
  });

  it("refuses withdrawn, expired, refused and missing consents", () => {
    const cases: [(consent: Record<string, unknown>) => void, string][] = [
      [(consent) => (consent.withdrawnOn = "2023-12-31"), "consent_withdrawn"],
      [(consent) => (consent.expiresOn = "2023-12-31"), "consent_expired"],
      [(consent) => (consent.given = false), "consent_not_given"],
      [(consent) => (consent.id = "00000000-0000-4000-8000-000000000000"), "consent_missing"],
    ];
    for (const [change, code] of cases) {
      const result = exportGate(withConsent(change), { recipient: ORIGIN, purpose: "assistance", on: ON });
      expect(result.refused.find((refusal) => refusal.recordType === "referral")?.code).toBe(code);
      if (code !== "consent_missing")
        expect(result.refused.find((r) => r.recordType === "victim")?.code).toBe(code);
    }
  });

  it("sends a TLP:RED bundle only to a named recipient", () => {
    const red = { ...bundle, tlp: "RED" };
    const refused = exportGate(red, { recipient: DESTINATION, purpose: "assistance", on: ON });
    expect(refused.bundle.records).toEqual([]);
    expect(new Set(refused.refused.map((refusal) => refusal.code))).toEqual(
      new Set(["tlp_red_not_addressed"]),
    );
    expect(refused.refused.map((refusal) => refusal.id)).toEqual(bundle.records.map((record) => record.id));
    expect(exportGate(red, { recipient: ORIGIN, purpose: "referral_transnational", on: ON }).ok).toBe(true);
  });

  it("refuses records about victims whose record is not in the input, and items that are not records", () => {
    const referral = EXAMPLES.referral;
    const result = exportGate(
      { records: [referral, { name: "Maria" }] },
      { recipient: ORIGIN, purpose: "assistance" },
    );
    expect(result.refused).toEqual([
      expect.objectContaining({
        id: referral.id,
        code: "victim_not_in_export",
        params: expect.objectContaining({ victimId: referral.victimId }),
      }),
      expect.objectContaining({ id: "#2", code: "not_a_record" }),
    ]);
  });

  it("rejects an unknown purpose", () => {
    expect(() => exportGate(bundle, { recipient: ORIGIN, purpose: "marketing" })).toThrow(RangeError);
  });
});

describe("refusal messages", () => {
  const [refusal] = exportGate(bundle, {
    recipient: ORIGIN,
    purpose: "criminal_proceedings",
    on: ON,
  }).refused.filter((entry) => entry.recordType === "victim");

  it("name the record by id and the missing permission, in four languages", () => {
    if (!refusal) throw new Error("no refusal");
    const texts = [en, es, fr, pt].map((locale) => formatRefusal(refusal, locale));
    for (const text of texts) {
      expect(text).toContain(EXAMPLES.victim.id);
      expect(text).toContain("criminal_proceedings");
      expect(text).not.toMatch(/\{\w+\}/);
      for (const personal of ["Example", "Person", "2001", "EXAMPLE-0001"])
        expect(text).not.toContain(personal);
    }
    expect(new Set(texts).size).toBe(4);
    expect(formatRefusal(refusal, es, schemaEs)).toContain("«Proceso penal»");
  });
});
