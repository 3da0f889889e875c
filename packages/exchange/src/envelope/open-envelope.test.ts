import { EXAMPLES } from "@tip/schema";
import { beforeAll, describe, expect, it } from "vitest";
import type { TrustDirectory } from "../keys/trust-directory.js";
import { createReceipt, createStatusUpdate } from "../messages/create-messages.js";
import { verifyMessage, verifyReceipt } from "../messages/verify-message.js";
import { MemoryReplayStore } from "../replay/replay-store.js";
import {
  AGENCY_IDS,
  directoryOf,
  exampleBundle,
  exampleBundleFor,
  kidOf,
  NOW,
  type TestAgency,
  threeAgencies,
} from "../testing/agencies.js";
import { decryptAs, forgeEnvelope, forgeSigned } from "../testing/forge.js";
import { decodeSegment, encodeSegment, flipByte, withMembers } from "../testing/tamper.js";
import type { Envelope } from "./envelope-header.js";
import { type OpenOptions, openEnvelope } from "./open-envelope.js";
import { type SealOptions, sealEnvelope } from "./seal.js";

let a: TestAgency;
let b: TestAgency;
let c: TestAgency;
let trust: TrustDirectory;
let sealed: { envelope: Envelope; digest: string; messageId: string };

const HOUR = 60 * 60 * 1000;

function sealFor(to: readonly TestAgency[], overrides: Partial<SealOptions> = {}) {
  const bundle = exampleBundleFor(
    to.map((agency) => ({ id: agency.id, country: agency === b ? "VE" : "TT" })),
  );
  return sealEnvelope(to.length === 1 && to[0] === b ? exampleBundle() : bundle, {
    keys: a.keys,
    to: to.map((agency) => {
      const found = trust.agency(agency.id);
      if (!found) throw new Error("not in directory");
      return found;
    }),
    purpose: "referral_transnational",
    agreement: "DSA-TT-VE-2023-07",
    retention: "P5Y",
    now: NOW,
    ...overrides,
  });
}

function openAs(agency: TestAgency, input: unknown, overrides: Partial<OpenOptions> = {}) {
  return openEnvelope(input, {
    keys: agency.keys,
    trust,
    replay: new MemoryReplayStore(),
    now: new Date(NOW.getTime() + HOUR),
    ...overrides,
  });
}

async function refusalOf(agency: TestAgency, input: unknown, overrides: Partial<OpenOptions> = {}) {
  const result = await openAs(agency, input, overrides);
  if (result.ok) return "opened";
  expect(Object.keys(result)).toEqual(["ok", "refusal"]);
  return result.refusal.code;
}

beforeAll(async () => {
  ({ a, b, c } = await threeAgencies());
  trust = await directoryOf([a, b, c]);
  const result = await sealFor([b]);
  if (!result.ok) throw new Error(`not sealed: ${result.problem.code}`);
  sealed = { envelope: result.envelope, digest: result.digest, messageId: result.header.messageId };
});

describe("sealing for B and opening as B", () => {
  it("gives B the bundle exactly as A had it, valid, with the signed header", async () => {
    const result = await openAs(b, JSON.stringify(sealed.envelope));
    if (!result.ok) throw new Error(result.refusal.code);
    expect(result.bundle).toEqual(EXAMPLES.bundle);
    expect(result.validation.ok).toBe(true);
    expect(result.digest).toBe(sealed.digest);
    expect(result.header).toMatchObject({
      messageId: sealed.messageId,
      sender: AGENCY_IDS.a,
      recipients: [AGENCY_IDS.b],
      purpose: "referral_transnational",
      agreement: "DSA-TT-VE-2023-07",
      retention: "P5Y",
      createdAt: "2024-01-01T12:00:00.000Z",
      expiresAt: "2024-01-08T12:00:00.000Z",
      tlp: "AMBER+STRICT",
    });
  });

  it("shows nothing of the bundle outside the encryption", () => {
    const text = JSON.stringify(sealed.envelope);
    const outer = JSON.stringify(decodeSegment(sealed.envelope.protected));
    for (const record of EXAMPLES.bundle.records) expect(text).not.toContain(record.id);
    for (const personal of ["Example", "EXAMPLE-0001"]) expect(outer).not.toContain(personal);
    expect(text).not.toContain(JSON.stringify(EXAMPLES.victim).slice(1, 30));
  });

  it("opens from bytes, text and parsed JSON alike", async () => {
    const text = JSON.stringify(sealed.envelope);
    for (const input of [text, new TextEncoder().encode(text), JSON.parse(text)])
      expect((await openAs(b, input)).ok).toBe(true);
  });

  it("cannot be opened by a third agency C", async () => {
    expect(await refusalOf(c, sealed.envelope)).toBe("not_a_recipient");
  });

  it("cannot be opened by C even when C's key id is written into a recipient entry", async () => {
    const [entry] = sealed.envelope.recipients;
    if (!entry) throw new Error("no recipient");
    const relabelled = withMembers(sealed.envelope, {
      recipients: [{ ...entry, header: { ...entry.header, kid: kidOf(c, "enc") } }],
    });
    expect(await refusalOf(c, relabelled)).toBe("undecryptable");
  });
});

describe("the answer", () => {
  it("B's receipt names exactly the bundle A sealed, and B's later decline of the referral reaches A", async () => {
    const opened = await openAs(b, sealed.envelope);
    if (!opened.ok) throw new Error(opened.refusal.code);
    const receipt = await createReceipt({
      keys: b.keys,
      inReplyTo: opened.header.messageId,
      to: opened.header.sender,
      outcome: opened.validation.ok ? "accepted" : "rejected",
      issues: opened.validation.summary.byCode,
      digest: opened.digest,
      now: NOW,
    });
    const expected = {
      trust,
      agencyId: AGENCY_IDS.a,
      inReplyTo: sealed.messageId,
      digest: sealed.digest,
      now: NOW,
    };
    expect(await verifyReceipt(receipt, expected)).toMatchObject({
      ok: true,
      message: { outcome: "accepted" },
    });
    const decline = await createStatusUpdate({
      keys: b.keys,
      inReplyTo: opened.header.messageId,
      to: opened.header.sender,
      referralId: EXAMPLES.referral.id,
      status: "declined",
      now: NOW,
    });
    expect(
      await verifyMessage(decline, { trust, agencyId: AGENCY_IDS.a, inReplyTo: sealed.messageId, now: NOW }),
    ).toMatchObject({
      ok: true,
      message: { type: "status", status: "declined", referralId: EXAMPLES.referral.id },
    });
  });
});

describe("tampering", () => {
  it("refuses a changed ciphertext, tag, iv or wrapped key", async () => {
    const entry = sealed.envelope.recipients[0];
    if (!entry) throw new Error("no recipient");
    const changed = [
      withMembers(sealed.envelope, { ciphertext: flipByte(sealed.envelope.ciphertext, 40) }),
      withMembers(sealed.envelope, { tag: flipByte(sealed.envelope.tag) }),
      withMembers(sealed.envelope, { iv: flipByte(sealed.envelope.iv) }),
      withMembers(sealed.envelope, {
        recipients: [{ ...entry, encrypted_key: flipByte(entry.encrypted_key) }],
      }),
    ];
    for (const envelope of changed) expect(await refusalOf(b, envelope)).toBe("undecryptable");
  });

  it("refuses a changed protected header (a later expiry written in)", async () => {
    const header = decodeSegment(sealed.envelope.protected) as { tip: Record<string, unknown> };
    header.tip.expiresAt = "2030-01-01T00:00:00.000Z";
    const envelope = withMembers(sealed.envelope, { protected: encodeSegment(header) });
    expect(await refusalOf(b, envelope)).toBe("undecryptable");
  });

  it("refuses a signature that does not match the signed bundle", async () => {
    const compact = await decryptAs(sealed.envelope, b);
    const [head, payload, signature] = compact.split(".");
    const outer = decodeSegment(sealed.envelope.protected).tip;
    const forged = await forgeEnvelope(`${head}.${payload}.${flipByte(signature ?? "", 10)}`, outer, [b]);
    expect(await refusalOf(b, forged)).toBe("bad_signature");
    const otherPayload = `${head}.${encodeSegment({ ...EXAMPLES.bundle, records: [] })}.${signature}`;
    expect(await refusalOf(b, await forgeEnvelope(otherPayload, outer, [b]))).toBe("bad_signature");
  });

  it("refuses a co-recipient's re-wrapping under another header", async () => {
    const both = await sealFor([b, c], {});
    if (!both.ok) throw new Error(both.problem.code);
    const compact = await decryptAs(both.envelope, c);
    const outer = {
      ...(decodeSegment(both.envelope.protected).tip as object),
      expiresAt: "2024-12-31T00:00:00.000Z",
    };
    expect(await refusalOf(b, await forgeEnvelope(compact, outer, [b]))).toBe("header_mismatch");
  });

  it("refuses an envelope C forwards to B that A sealed for C alone (not addressed to B)", async () => {
    const forC = await sealFor([c], {});
    if (!forC.ok) throw new Error(forC.problem.code);
    const compact = await decryptAs(forC.envelope, c);
    const outer = decodeSegment(forC.envelope.protected).tip;
    expect(await refusalOf(b, await forgeEnvelope(compact, outer, [b]))).toBe("not_a_recipient");
  });

  it("refuses a bundle C signs in A's name, with C's key or claiming A's key", async () => {
    const compact = await decryptAs(sealed.envelope, b);
    const [head, payload] = compact.split(".");
    const tip = decodeSegment(head ?? "").tip;
    const bytes = new TextEncoder().encode(new TextDecoder().decode(Buffer.from(payload ?? "", "base64url")));
    const outer = decodeSegment(sealed.envelope.protected).tip;
    const withOwnKey = await forgeSigned(bytes, tip, c);
    expect(await refusalOf(b, await forgeEnvelope(withOwnKey, outer, [b]))).toBe("sender_key_mismatch");
    const withAsKid = await forgeSigned(bytes, tip, c, { kid: kidOf(a, "sig") });
    expect(await refusalOf(b, await forgeEnvelope(withAsKid, outer, [b]))).toBe("bad_signature");
    const withEncKey = await forgeSigned(bytes, tip, c, { kid: kidOf(a, "enc") });
    expect(await refusalOf(b, await forgeEnvelope(withEncKey, outer, [b]))).toBe("unknown_key");
  });
});

describe("replays, time and keys", () => {
  it("opens a message id once: the same envelope again is a replay", async () => {
    const replay = new MemoryReplayStore();
    expect((await openAs(b, sealed.envelope, { replay })).ok).toBe(true);
    expect(await refusalOf(b, sealed.envelope, { replay })).toBe("replayed");
    expect(await refusalOf(b, JSON.stringify(sealed.envelope), { replay })).toBe("replayed");
  });

  it("refuses an expired envelope, and one made in the future, allowing five minutes of clock difference", async () => {
    const expires = Date.parse("2024-01-08T12:00:00.000Z");
    const at = (ms: number) => ({ now: new Date(ms) });
    expect(await refusalOf(b, sealed.envelope, at(expires + 5 * 60 * 1000))).toBe("expired");
    expect(await refusalOf(b, sealed.envelope, at(expires + 5 * 60 * 1000 - 1))).toBe("opened");
    expect(await refusalOf(b, sealed.envelope, at(NOW.getTime() - 5 * 60 * 1000 - 1))).toBe("not_yet_valid");
    expect(await refusalOf(b, sealed.envelope, at(NOW.getTime() - 5 * 60 * 1000))).toBe("opened");
  });

  it("refuses a key revoked before the opening, and one revoked before the message was made", async () => {
    const revokedLater = await directoryOf(
      [a, b, c],
      [{ kid: kidOf(a, "sig"), revokedAt: "2024-01-01T12:30:00Z" }],
    );
    expect(await refusalOf(b, sealed.envelope, { trust: revokedLater })).toBe("key_revoked");
    const revokedInFuture = await directoryOf(
      [a, b, c],
      [{ kid: kidOf(a, "sig"), revokedAt: "2025-01-01T00:00:00Z" }],
    );
    expect(await refusalOf(b, sealed.envelope, { trust: revokedInFuture })).toBe("opened");
  });

  it("refuses a sender whose key is not in the directory", async () => {
    const withoutA = await directoryOf([b, c]);
    expect(await refusalOf(b, sealed.envelope, { trust: withoutA })).toBe("unknown_key");
  });

  it("says which replay store failed without throwing", async () => {
    const broken = {
      remember(): boolean {
        throw new Error("database down");
      },
    };
    expect(await refusalOf(b, sealed.envelope, { replay: broken })).toBe("replay_check_failed");
  });
});
