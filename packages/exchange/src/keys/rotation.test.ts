import { describe, expect, it } from "vitest";
import { openEnvelope } from "../envelope/open-envelope.js";
import { sealEnvelope } from "../envelope/seal.js";
import { MemoryReplayStore } from "../replay/replay-store.js";
import { AGENCY_IDS, exampleBundle, NOW } from "../testing/agencies.js";
import { readAgencyKeys } from "./agency-key-ring.js";
import { generateAgencyKeys } from "./generate-agency-keys.js";
import type { AgencyJwks, AgencyPrivateJwks } from "./key-documents.js";
import { readTrust } from "./read-trust.js";

const ROTATION = "2024-01-01T00:00:00.000Z";
const BEFORE = new Date("2023-12-31T12:00:00Z");

async function ring(document: AgencyPrivateJwks) {
  const read = await readAgencyKeys(document);
  if (!read.ok) throw new Error(read.problem.code);
  return read.value;
}

async function trustOf(...documents: AgencyJwks[]) {
  const read = await readTrust(documents);
  if (!read.ok) throw new Error(read.problem.code);
  return read.value;
}

/** An agency's keys before and after a rotation at ROTATION, and both sets together. */
async function rotated(agencyId: string, country: string) {
  const old = await generateAgencyKeys({ agencyId, country, validUntil: ROTATION });
  const next = await generateAgencyKeys({ agencyId, country, validFrom: ROTATION });
  const both = <T extends { keys: unknown[] }>(first: T, second: T): T => ({
    ...first,
    keys: [...first.keys, ...second.keys],
  });
  return {
    old,
    next,
    privateKeys: both(old.privateKeys, next.privateKeys),
    publicKeys: both(old.publicKeys, next.publicKeys),
  };
}

describe("key rotation", () => {
  it("signs with the key valid at the time, and a receiver trusts each key for its own period", async () => {
    const a = await rotated(AGENCY_IDS.a, "TT");
    const b = await generateAgencyKeys({ agencyId: AGENCY_IDS.b, country: "VE" });
    const trust = await trustOf(a.publicKeys, b.publicKeys);
    const recipient = trust.agency(AGENCY_IDS.b);
    if (!recipient) throw new Error("no b");
    const keysOfA = await ring(a.privateKeys);
    const options = {
      keys: keysOfA,
      to: [recipient],
      purpose: "referral_transnational",
      agreement: "DSA-1",
      retention: "P1Y",
    };
    const before = await sealEnvelope(exampleBundle(), { ...options, now: BEFORE });
    const after = await sealEnvelope(exampleBundle(), { ...options, now: NOW });
    if (!before.ok || !after.ok) throw new Error("not sealed");
    const open = (envelope: unknown, now: Date, trusted = trust) =>
      openEnvelope(envelope, { keys: keysOfB, trust: trusted, replay: new MemoryReplayStore(), now });
    const keysOfB = await ring(b.privateKeys);
    // Sealed before the rotation with the old key, opened after it: still good, the key was valid then.
    expect((await open(before.envelope, NOW)).ok).toBe(true);
    expect((await open(after.envelope, NOW)).ok).toBe(true);
    // A sender keeping a retired key in use: its messages claim a time outside the key's published period.
    const retiredOnly = await ring(a.old.privateKeys);
    const stale = await sealEnvelope(exampleBundle(), { ...options, keys: retiredOnly, now: NOW });
    expect(stale).toEqual({ ok: false, problem: { code: "sender_key_not_valid" } });
    const unbounded = await ring({
      ...a.old.privateKeys,
      keys: a.old.privateKeys.keys.map(({ validUntil, ...key }) => key),
    });
    const late = await sealEnvelope(exampleBundle(), { ...options, keys: unbounded, now: NOW });
    if (!late.ok) throw new Error(late.problem.code);
    expect(await open(late.envelope, NOW)).toEqual({
      ok: false,
      refusal: { code: "key_not_valid", kid: a.old.publicKeys.keys[0]?.kid },
    });
  });

  it("encrypts for every current key of a recipient, so either private key opens it during an overlap", async () => {
    const a = await generateAgencyKeys({ agencyId: AGENCY_IDS.a, country: "TT" });
    const oldB = await generateAgencyKeys({ agencyId: AGENCY_IDS.b, country: "VE" });
    const newB = await generateAgencyKeys({
      agencyId: AGENCY_IDS.b,
      country: "VE",
      validFrom: "2023-12-01T00:00:00Z",
    });
    const publicB = { ...oldB.publicKeys, keys: [...oldB.publicKeys.keys, ...newB.publicKeys.keys] };
    const trust = await trustOf(a.publicKeys, publicB);
    const recipient = trust.agency(AGENCY_IDS.b);
    if (!recipient) throw new Error("no b");
    const sealed = await sealEnvelope(exampleBundle(), {
      keys: await ring(a.privateKeys),
      to: [recipient],
      purpose: "referral_transnational",
      agreement: "DSA-1",
      retention: "P1Y",
      now: NOW,
    });
    if (!sealed.ok) throw new Error(sealed.problem.code);
    expect(sealed.envelope.recipients.map((entry) => entry.header.kid)).toEqual([
      oldB.publicKeys.keys[1]?.kid,
      newB.publicKeys.keys[1]?.kid,
    ]);
    for (const keys of [oldB.privateKeys, newB.privateKeys]) {
      const opened = await openEnvelope(sealed.envelope, {
        keys: await ring(keys),
        trust,
        replay: new MemoryReplayStore(),
        now: NOW,
      });
      expect(opened.ok).toBe(true);
    }
  });
});
