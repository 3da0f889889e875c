import { EXAMPLES, ExchangeBundle, type Referral, TipRecord, type Victim } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { syntheticRecords } from "../../test/support/synthetic.js";
import { ID_FIELDS } from "./id-fields.js";
import { pseudonymize } from "./pseudonymize.js";
import { digestToUuid } from "./uuid-format.js";

const KEY_A = new Uint8Array(32).fill(7);
const KEY_B = new Uint8Array(32).fill(8);
const V8 = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Every UUID in a value, wherever it sits. */
function uuidsIn(value: unknown): string[] {
  return JSON.stringify(value).match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? [];
}

describe("pseudonymize", () => {
  it("derives the id fields from the schema: ids and every reference to one", () => {
    for (const field of [
      "victim.id",
      "victim.caseIds",
      "case.victimIds",
      "case.perpetratorIds",
      "referral.victimId",
      "referral.caseId",
      "referral.consentId",
      "referralParty.agencyId",
      "consent.id",
      "consent.recipientAgencyIds",
      "victimRelation.victimId",
      "bundleParty.agencyId",
      "identification.agencyId",
    ]) {
      expect(ID_FIELDS).toContain(field);
    }
  });

  it("is stable for one key and different for two", async () => {
    const [a1] = await pseudonymize([EXAMPLES.victim], { key: KEY_A });
    const [a2] = await pseudonymize([EXAMPLES.victim], { key: KEY_A });
    const [b] = await pseudonymize([EXAMPLES.victim], { key: KEY_B });
    expect(a1).toEqual(a2);
    expect(a1?.id).not.toBe(EXAMPLES.victim.id);
    expect(b?.id).not.toBe(a1?.id);
    expect(b?.externalIds?.[0]?.value).not.toBe(a1?.externalIds?.[0]?.value);
  });

  it("replaces every id with a valid version 8 UUID and keeps references consistent in a bundle", async () => {
    const [out] = await pseudonymize([EXAMPLES.bundle], { key: KEY_A });
    expect(ExchangeBundle.safeParse(out).success).toBe(true);
    const before = new Set(uuidsIn(EXAMPLES.bundle));
    for (const id of uuidsIn(out)) {
      expect(id).toMatch(V8);
      expect(before.has(id)).toBe(false);
    }
    const records = (out?.records ?? []) as readonly TipRecord[];
    const ids = new Set<string>(records.map((record) => record.id));
    const victim = records.find((record): record is Victim => record.recordType === "victim");
    const referral = records.find((record): record is Referral => record.recordType === "referral");
    expect(ids.has(referral?.victimId as string)).toBe(true);
    expect(ids.has(referral?.caseId as string)).toBe(true);
    expect(ids.has(referral?.from.agencyId as string)).toBe(true);
    expect(victim?.consents?.[0]?.id).toBe(referral?.consentId);
    expect(out?.recipients[0]?.agencyId).toBe(referral?.to.agencyId);
    expect(victim?.externalIds?.[0]).toEqual({
      system: EXAMPLES.victim.externalIds[0].system,
      value: expect.stringMatching(/^[\w-]{43}$/),
    });
  });

  it("links the same record across two exports made with the same key", async () => {
    const records = syntheticRecords(11, 40);
    const first = await pseudonymize(records.slice(0, 60), { key: KEY_A });
    const second = await pseudonymize(records.slice(30), { key: KEY_A });
    const shared = records.slice(30, 60).map((record) => (record as { id: string }).id);
    expect(shared.length).toBeGreaterThan(0);
    expect(first.slice(30).map((record) => (record as { id: string }).id)).toEqual(
      second.slice(0, 30).map((record) => (record as { id: string }).id),
    );
    for (const record of await pseudonymize(records, { key: KEY_A }))
      expect(TipRecord.safeParse(record).success).toBe(true);
  });

  it("refuses keys shorter than 16 bytes", async () => {
    await expect(pseudonymize([EXAMPLES.victim], { key: "short" })).rejects.toThrow(RangeError);
  });

  it("formats digests as RFC 9562 version 8 UUIDs", () => {
    const digest = new Uint8Array(32).fill(0xff);
    expect(digestToUuid(digest)).toBe("ffffffff-ffff-8fff-bfff-ffffffffffff");
    expect(digestToUuid(new Uint8Array(16))).toBe("00000000-0000-8000-8000-000000000000");
  });
});
