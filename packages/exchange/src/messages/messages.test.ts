import { beforeAll, describe, expect, it } from "vitest";
import type { TrustDirectory } from "../keys/trust-directory.js";
import { AGENCY_IDS, directoryOf, kidOf, NOW, type TestAgency, threeAgencies } from "../testing/agencies.js";
import { decodeSegment, encodeSegment, flipByte } from "../testing/tamper.js";
import { createReceipt, createStatusUpdate } from "./create-messages.js";
import type { SignedMessage } from "./sign-message.js";
import { verifyMessage, verifyReceipt } from "./verify-message.js";

const ENVELOPE_ID = "0b6f5c1e-8a2d-4e3f-9c7b-1d2e3f4a5b6c";
const REFERRAL_ID = "5d4c3b2a-1908-4f7e-8d6c-5b4a39281706";
const DIGEST = "n4bQgYhMfWWaL-qgxVrQFaO_TxsrC4Is0V1sFbDwCgg";

let a: TestAgency;
let b: TestAgency;
let c: TestAgency;
let trust: TrustDirectory;

beforeAll(async () => {
  ({ a, b, c } = await threeAgencies());
  trust = await directoryOf([a, b, c]);
});

const verifyAsA = (message: unknown, extra: object = {}) =>
  verifyMessage(message, { trust, agencyId: AGENCY_IDS.a, now: NOW, ...extra });
const refusalOf = async (message: unknown, extra: object = {}) => {
  const result = await verifyAsA(message, extra);
  return result.ok ? "verified" : result.refusal.code;
};

describe("receipts", () => {
  it("B's acceptance verifies for A, bound to the envelope's id and digest", async () => {
    const receipt = await createReceipt({
      keys: b.keys,
      inReplyTo: ENVELOPE_ID,
      to: AGENCY_IDS.a,
      outcome: "accepted",
      digest: DIGEST,
      now: NOW,
    });
    const result = await verifyReceipt(JSON.stringify(receipt), {
      trust,
      agencyId: AGENCY_IDS.a,
      inReplyTo: ENVELOPE_ID,
      digest: DIGEST,
      now: NOW,
    });
    expect(result).toEqual({
      ok: true,
      message: expect.objectContaining({
        type: "receipt",
        from: AGENCY_IDS.b,
        to: AGENCY_IDS.a,
        inReplyTo: ENVELOPE_ID,
        outcome: "accepted",
        digest: DIGEST,
        issues: [],
      }),
    });
    expect(await refusalOf(receipt, { digest: flipByte(DIGEST) })).toBe("not_the_expected_reply");
    expect(await refusalOf(receipt, { inReplyTo: REFERRAL_ID })).toBe("not_the_expected_reply");
  });

  it("a rejection carries issue codes and counts, sorted, and nothing else", async () => {
    const receipt = await createReceipt({
      keys: b.keys,
      inReplyTo: ENVELOPE_ID,
      to: AGENCY_IDS.a,
      outcome: "rejected",
      issues: { unknown_key: 2, code_not_in_list: 1 },
      now: NOW,
    });
    const result = await verifyAsA(receipt);
    expect(result.ok && result.message).toMatchObject({
      outcome: "rejected",
      issues: [
        { code: "code_not_in_list", count: 1 },
        { code: "unknown_key", count: 2 },
      ],
    });
    await expect(
      createReceipt({
        keys: b.keys,
        inReplyTo: ENVELOPE_ID,
        to: AGENCY_IDS.a,
        outcome: "rejected",
        now: NOW,
      }),
    ).rejects.toThrow(RangeError);
    await expect(
      createReceipt({
        keys: b.keys,
        inReplyTo: ENVELOPE_ID,
        to: AGENCY_IDS.a,
        outcome: "rejected",
        issues: { "María Pérez": 1 },
        now: NOW,
      }),
    ).rejects.toThrow(RangeError);
  });

  it("a forged or altered receipt fails, each with its reason", async () => {
    const genuine = await createReceipt({
      keys: b.keys,
      inReplyTo: ENVELOPE_ID,
      to: AGENCY_IDS.a,
      outcome: "accepted",
      now: NOW,
    });
    const body = decodeSegment(genuine.payload);
    const rewritten: SignedMessage = { ...genuine, payload: encodeSegment({ ...body, outcome: "rejected" }) };
    expect(await refusalOf(rewritten)).toBe("not_a_message");
    const rejected = { ...body, outcome: "rejected", issues: [{ code: "expired", count: 1 }] };
    const reordered = Object.fromEntries(Object.entries(rejected).sort(([x], [y]) => (x < y ? -1 : 1)));
    expect(await refusalOf({ ...genuine, payload: encodeSegment(reordered) })).toBe("bad_signature");
    expect(await refusalOf({ ...genuine, signature: flipByte(genuine.signature, 5) })).toBe("bad_signature");
    // C signs a receipt in B's name: with its own key, or pretending its key is B's.
    const byC = await createReceipt({
      keys: c.keys,
      inReplyTo: ENVELOPE_ID,
      to: AGENCY_IDS.a,
      outcome: "accepted",
      now: NOW,
    });
    const claimingB = {
      ...byC,
      payload: encodeSegment({ ...decodeSegment(byC.payload), from: AGENCY_IDS.b }),
    };
    expect(await refusalOf(claimingB)).toBe("sender_key_mismatch");
    const header = { ...decodeSegment(byC.protected), kid: kidOf(b, "sig") };
    expect(await refusalOf({ ...claimingB, protected: encodeSegment(header) })).toBe("bad_signature");
    // Addressed to someone else, from the future, from a revoked key.
    expect(await verifyMessage(genuine, { trust, agencyId: AGENCY_IDS.c, now: NOW })).toEqual({
      ok: false,
      refusal: { code: "not_a_recipient" },
    });
    expect(await refusalOf(genuine, { now: new Date(NOW.getTime() - 10 * 60 * 1000) })).toBe("not_yet_valid");
    const revoked = await directoryOf(
      [a, b, c],
      [{ kid: kidOf(b, "sig"), revokedAt: "2023-06-01T00:00:00Z" }],
    );
    expect(await refusalOf(genuine, { trust: revoked })).toBe("key_revoked");
  });
});

describe("status updates", () => {
  it("B declines the referral later; A verifies the update, which a receipt check refuses", async () => {
    const update = await createStatusUpdate({
      keys: b.keys,
      inReplyTo: ENVELOPE_ID,
      to: AGENCY_IDS.a,
      referralId: REFERRAL_ID,
      status: "declined",
      now: NOW,
    });
    expect(await verifyAsA(update, { inReplyTo: ENVELOPE_ID })).toEqual({
      ok: true,
      message: expect.objectContaining({ type: "status", referralId: REFERRAL_ID, status: "declined" }),
    });
    expect(await verifyReceipt(update, { trust, agencyId: AGENCY_IDS.a, now: NOW })).toEqual({
      ok: false,
      refusal: { code: "not_a_message" },
    });
    const asReceipt = {
      ...update,
      protected: encodeSegment({ ...decodeSegment(update.protected), typ: "tip-receipt+jws" }),
    };
    expect(await refusalOf(asReceipt)).toBe("not_a_message");
    await expect(
      createStatusUpdate({
        keys: b.keys,
        inReplyTo: ENVELOPE_ID,
        to: AGENCY_IDS.a,
        referralId: REFERRAL_ID,
        status: "draft" as never,
        now: NOW,
      }),
    ).rejects.toThrow(RangeError);
  });
});

describe("hostile messages", () => {
  it("refuses garbage, other algorithms and prototype keys without throwing", async () => {
    const genuine = await createReceipt({
      keys: b.keys,
      inReplyTo: ENVELOPE_ID,
      to: AGENCY_IDS.a,
      outcome: "accepted",
      now: NOW,
    });
    const none = {
      ...genuine,
      protected: encodeSegment({ ...decodeSegment(genuine.protected), alg: "none" }),
    };
    const proto = JSON.stringify(genuine).replace(
      '{"protected"',
      '{"__proto__":{"outcome":"accepted"},"protected"',
    );
    const cases: [unknown, string][] = [
      [new Uint8Array([0xc3, 0x28]), "not_json"],
      ["x".repeat(2 * 1024 * 1024), "too_large"],
      [null, "not_a_message"],
      [[genuine], "not_a_message"],
      [none, "unsupported_algorithm"],
      [proto, "not_a_message"],
      [{ ...genuine, payload: encodeSegment({ __proto__: null, type: "receipt" }) }, "not_a_message"],
    ];
    for (const [input, code] of cases) expect(await refusalOf(input)).toBe(code);
  });
});
