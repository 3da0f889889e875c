import { EXAMPLES } from "@tip/schema";
import { beforeAll, describe, expect, it } from "vitest";
import type { TrustDirectory } from "../keys/trust-directory.js";
import { MemoryReplayStore } from "../replay/replay-store.js";
import {
  AGENCY_IDS,
  directoryOf,
  exampleBundle,
  exampleBundleFor,
  kidOf,
  NOW,
  type TestAgency,
  testAgency,
  threeAgencies,
} from "../testing/agencies.js";
import { decodeSegment } from "../testing/tamper.js";
import { openEnvelope } from "./open-envelope.js";
import { type SealOptions, type SealResult, sealEnvelope } from "./seal.js";
import type { SealProblem } from "./seal-problem.js";

let a: TestAgency;
let b: TestAgency;
let c: TestAgency;
let trust: TrustDirectory;

beforeAll(async () => {
  ({ a, b, c } = await threeAgencies());
  trust = await directoryOf([a, b, c]);
});

const agency = (test: TestAgency) => {
  const found = trust.agency(test.id);
  if (!found) throw new Error("not in directory");
  return found;
};

function seal(bundle: unknown, overrides: Partial<SealOptions> = {}): Promise<SealResult> {
  return sealEnvelope(bundle, {
    keys: a.keys,
    to: [agency(b)],
    purpose: "referral_transnational",
    agreement: "DSA-TT-VE-2023-07",
    retention: "P5Y",
    now: NOW,
    ...overrides,
  });
}

const problemOf = async (result: Promise<SealResult>) => {
  const sealed = await result;
  return sealed.ok ? "sealed" : sealed.problem;
};

describe("no consent, no envelope", () => {
  it("seals nothing when the victim's consent does not cover the purpose, naming each refused record", async () => {
    const problem = await problemOf(seal(exampleBundle(), { purpose: "criminal_proceedings" }));
    expect(problem).toMatchObject({ code: "export_refused" });
    const refused = (problem as SealProblem).refused ?? [];
    expect(refused).toContainEqual(
      expect.objectContaining({ id: EXAMPLES.victim.id, code: "consent_purpose_not_covered" }),
    );
    expect(refused.map((refusal) => refusal.id)).toEqual([
      EXAMPLES.case.id,
      EXAMPLES.victim.id,
      EXAMPLES.referral.id,
    ]);
  });

  it("seals nothing for a recipient the consent does not name, even when the bundle names it", async () => {
    const bundle = exampleBundleFor([{ id: b.id, country: "VE" }]);
    bundle.recipients = [...(bundle.recipients as unknown[]), { agencyId: c.id, country: "TT" }];
    const problem = await problemOf(seal(bundle, { to: [agency(b), agency(c)] }));
    expect(problem).toMatchObject({ code: "export_refused" });
    const refused = (problem as SealProblem).refused ?? [];
    expect(new Set(refused.map((refusal) => refusal.params.recipient))).toEqual(new Set([AGENCY_IDS.c]));
    expect(refused).toContainEqual(expect.objectContaining({ code: "consent_recipient_not_covered" }));
  });

  it("seals nothing for a consent withdrawn before the day of sealing", async () => {
    const bundle = exampleBundle();
    const victim = bundle.records.find((record) => record.recordType === "victim") as {
      consents: Record<string, unknown>[];
    };
    (victim.consents[0] as Record<string, unknown>).withdrawnOn = "2023-12-31";
    expect(await problemOf(seal(bundle))).toMatchObject({ code: "export_refused" });
  });

  it("refuses rather than cuts a perpetrator's link to a victim not in the bundle", async () => {
    const bundle = exampleBundle();
    const perpetrator = bundle.records.find((record) => record.recordType === "perpetrator") as {
      id: string;
      victimRelations: { victimId: string }[];
    };
    perpetrator.victimRelations = [
      ...perpetrator.victimRelations,
      { ...perpetrator.victimRelations[0], victimId: "00000000-0000-4000-8000-00000000abcd" },
    ];
    const problem = await problemOf(seal(bundle));
    expect(problem).toMatchObject({
      code: "export_refused",
      refused: [expect.objectContaining({ id: perpetrator.id, code: "victim_not_in_export" })],
    });
  });
});

describe("what the bundle and the options must say", () => {
  it("refuses options that are not valid, naming the option", async () => {
    const cases: [Partial<SealOptions>, string][] = [
      [{ purpose: "marketing" }, "purpose"],
      [{ agreement: "" }, "agreement"],
      [{ agreement: "an agreement with spaces" }, "agreement"],
      [{ retention: "5 years" }, "retention"],
      [{ retention: "P" }, "retention"],
      [{ expiresAt: new Date(NOW.getTime() - 1) }, "expiresAt"],
      [{ expiresAt: new Date(NOW.getTime() + 367 * 24 * 3600 * 1000) }, "expiresAt"],
      [{ inReplyTo: "not-a-uuid" }, "inReplyTo"],
      [{ now: new Date(Number.NaN) }, "now"],
    ];
    for (const [options, option] of cases)
      expect(await problemOf(seal(exampleBundle(), options))).toEqual({ code: "option_invalid", option });
  });

  it("refuses what is not a bundle, and a bundle that names another sender or other recipients", async () => {
    expect(await problemOf(seal({ records: [] }))).toEqual({ code: "not_a_bundle" });
    expect(await problemOf(seal("text"))).toEqual({ code: "not_a_bundle" });
    expect(await problemOf(seal({ ...exampleBundle(), tlp: "PURPLE" }))).toEqual({ code: "not_a_bundle" });
    const cyclic: Record<string, unknown> = exampleBundle();
    cyclic.self = cyclic;
    expect(await problemOf(seal(cyclic))).toEqual({ code: "bundle_unreadable" });
    // __proto__, constructor or prototype at any depth: never sent, as parsed JSON holds them.
    const text = JSON.stringify(exampleBundle());
    for (const planted of [
      `{"__proto__":{"polluted":1},${text.slice(1)}`,
      text.replace('"records":[{', '"records":[{"constructor":{"prototype":1},'),
      text.replace('"records":[{', '"records":[{"extensions":{"lc":{"a":{"prototype":1}}},'),
    ]) {
      expect(await problemOf(seal(JSON.parse(planted)))).toEqual({ code: "forbidden_key" });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await problemOf(seal(exampleBundle(), { keys: c.keys }))).toEqual({
      code: "bundle_sender_mismatch",
    });
    expect(await problemOf(seal(exampleBundle(), { to: [agency(c)] }))).toEqual({
      code: "recipient_not_named",
      agency: AGENCY_IDS.c,
    });
    expect(await problemOf(seal(exampleBundle(), { to: [] }))).toEqual({ code: "no_recipients" });
  });

  it("refuses a recipient without a current encryption key, and a sender without a current signing key", async () => {
    const revoked = await directoryOf([a, b], [{ kid: kidOf(b, "enc"), revokedAt: "2023-12-01T00:00:00Z" }]);
    const recipient = revoked.agency(b.id);
    if (!recipient) throw new Error("no b");
    expect(await problemOf(seal(exampleBundle(), { to: [recipient] }))).toEqual({
      code: "recipient_has_no_key",
      agency: AGENCY_IDS.b,
    });
    const late = await testAgency({ agencyId: AGENCY_IDS.a, validFrom: "2025-01-01T00:00:00Z" });
    expect(await problemOf(seal(exampleBundle(), { keys: late.keys }))).toEqual({
      code: "sender_key_not_valid",
    });
  });
});

describe("TLP markings", () => {
  it("carries per-record markings inside the encryption and gives them to the receiver", async () => {
    const markings = [{ record: EXAMPLES.victim.id, tlp: "RED" as const }];
    const sealed = await seal(exampleBundle(), { markings });
    if (!sealed.ok) throw new Error(sealed.problem.code);
    expect(JSON.stringify(decodeSegment(sealed.envelope.protected))).not.toContain(EXAMPLES.victim.id);
    const opened = await openEnvelope(sealed.envelope, {
      keys: b.keys,
      trust,
      replay: new MemoryReplayStore(),
      now: NOW,
    });
    expect(opened.ok && opened.markings).toEqual(markings);
  });

  it("refuses markings of records not in the bundle, twice, or with no TLP code", async () => {
    const victim = EXAMPLES.victim.id;
    for (const markings of [
      [{ record: "00000000-0000-4000-8000-000000000001", tlp: "RED" }],
      [
        { record: victim, tlp: "RED" },
        { record: victim, tlp: "AMBER" },
      ],
      [{ record: victim, tlp: "BLUE" }],
    ])
      expect(await problemOf(seal(exampleBundle(), { markings: markings as never }))).toMatchObject({
        code: "marking_invalid",
        index: markings.length - 1,
      });
  });

  it("sends a record marked RED only to agencies the bundle names", async () => {
    const markings = [{ record: EXAMPLES.agency.id, tlp: "RED" as const }];
    expect(await problemOf(seal(exampleBundle(), { markings }))).toBe("sealed");
    const unnamed = { ...exampleBundle(), recipients: [{ country: "VE" }] };
    expect(await problemOf(seal(unnamed, { markings }))).toEqual({
      code: "export_refused",
      refused: [
        {
          id: EXAMPLES.agency.id,
          recordType: "agency",
          code: "tlp_red_not_addressed",
          params: { purpose: "referral_transnational", recipient: AGENCY_IDS.b },
        },
      ],
    });
  });
});
