import { EXAMPLES, ExchangeBundle, TipRecord, type Victim } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { redact, redactWithTally } from "./redact.js";

const victim = EXAMPLES.victim;

describe("redact", () => {
  it("removes direct identifiers and quasi identifiers not kept, keeps sensitive and non-personal fields", () => {
    const [out] = redact([victim], { keep: ["victim.sex", "identification.country"] }) as Victim[];
    expect(out).toMatchObject({ recordType: "victim", id: victim.id, sex: "female" });
    for (const key of [
      "givenName",
      "familyName",
      "externalIds",
      "birthDate",
      "birthYear",
      "citizenships",
      "ageBand",
    ]) {
      expect(out).not.toHaveProperty(key);
    }
    expect(out?.identification).toEqual({
      status: "identified",
      authority: "police",
      agencyId: victim.identification.agencyId,
      country: "TT",
    });
    expect(out?.exploitation?.forms).toEqual(["forced_labour"]);
    expect(out?.exploitation?.recruitmentDate).toBeUndefined();
    expect(TipRecord.safeParse(out).success).toBe(true);
  });

  it("walks bundles, nested objects and lists", () => {
    const [out] = redact([EXAMPLES.bundle]) as Record<string, unknown>[];
    expect(ExchangeBundle.safeParse(out).success).toBe(true);
    const text = JSON.stringify(out);
    for (const secret of ["givenName", "familyName", "EXAMPLE-0001", "2001-05-14", "trm@example.org"]) {
      expect(text).not.toContain(secret);
    }
    // The agency's own phone and name are directory data, not personal.
    expect(text).toContain("Example Counter-Trafficking Unit");
  });

  it("keeps the quasi fields inside a kept container, never the direct ones", () => {
    const record = {
      ...EXAMPLES.case,
      events: [
        {
          role: "exploitation",
          place: { country: "TT", city: "Town", street: "1 Main St" },
          date: "2022-11",
        },
      ],
    };
    const [out] = redact([record], { keep: ["case.events"] }) as Record<string, unknown>[];
    expect(out?.events).toEqual([
      { role: "exploitation", place: { country: "TT", city: "Town" }, date: "2022-11" },
    ]);
  });

  it("drops an object that loses a required field, so the output still validates", () => {
    const [out] = redact([EXAMPLES.case]) as Record<string, unknown>[];
    expect(out).not.toHaveProperty("events");
    expect(out).not.toHaveProperty("proceedings");
    expect(TipRecord.safeParse(out).success).toBe(true);
  });

  it("treats extension fields as personal unless the profile says otherwise", () => {
    const record = {
      ...victim,
      extensions: { lc: { district: "North", caseRef: "LC-1", note: "Maria" }, htcds: { x: 1 } },
    };
    const [plain] = redact([record]) as Record<string, unknown>[];
    expect(plain).not.toHaveProperty("extensions");
    const profile = { lc: { district: "quasi", caseRef: "none" }, htcds: "sensitive" } as const;
    const [profiled] = redact([record], { extensions: profile, keep: ["extensions.lc.district"] }) as Record<
      string,
      unknown
    >[];
    expect(profiled?.extensions).toEqual({ lc: { district: "North", caseRef: "LC-1" }, htcds: { x: 1 } });
  });

  it("removes unknown keys and values that do not conform to their field", () => {
    const record = { ...victim, nickname: "Mari", dataSource: "Maria Lopez", consents: "Maria Lopez" };
    const { records, tally } = redactWithTally([record]);
    const text = JSON.stringify(records);
    expect(text).not.toContain("Mari");
    expect(tally.unknownKeys).toBe(1);
    expect(tally.nonConforming).toBe(1);
  });

  it("removes free text of personal classes on request, and applies stricter classes", () => {
    const record = { ...EXAMPLES.referral, details: "Maria's uncle", createdAt: "2023-09-11T14:00:00-04:00" };
    const [kept] = redact([record]) as Record<string, unknown>[];
    expect(kept?.details).toBe("Maria's uncle");
    const [removed] = redact([record], {
      freeText: "remove",
      classes: { "referral.createdAt": "quasi" },
    }) as Record<string, unknown>[];
    expect(removed).not.toHaveProperty("details");
    expect(removed).not.toHaveProperty("createdAt");
  });

  it("leaves the input unchanged and leaves out values that are not records", () => {
    const input = structuredClone(victim);
    const out = redact([input, { recordType: "nope" }, 42, null]);
    expect(input).toEqual(victim);
    expect(out).toHaveLength(1);
  });
});
