import { inspect } from "node:util";
import { calculateJwkThumbprint } from "jose";
import { describe, expect, it } from "vitest";
import { describeKeyProblem } from "../i18n/describe.js";
import { en } from "../locales/en.js";
import { es } from "../locales/es.js";
import { AGENCY_IDS } from "../testing/agencies.js";
import { readAgencyKeys } from "./agency-key-ring.js";
import { generateAgencyKeys } from "./generate-agency-keys.js";
import type { KeyRead } from "./key-problem.js";
import { readTrust } from "./read-trust.js";

const problemOf = <T>(read: KeyRead<T>) => (read.ok ? "read" : read.problem);

describe("generateAgencyKeys", () => {
  it("makes one signing and one encryption key, ids bound to the keys, no private member in the public file", async () => {
    const { privateKeys, publicKeys } = await generateAgencyKeys({ agencyId: AGENCY_IDS.a, country: "TT" });
    expect(publicKeys.keys.map((key) => [key.use, key.alg])).toEqual([
      ["sig", "ES256"],
      ["enc", "ECDH-ES+A256KW"],
    ]);
    expect(JSON.stringify(publicKeys)).not.toContain('"d"');
    for (const [index, key] of publicKeys.keys.entries()) {
      const { kty, crv, x, y } = key;
      expect(key.kid).toBe(await calculateJwkThumbprint({ kty, crv, x, y }));
      expect(privateKeys.keys[index]).toMatchObject({ ...key, d: expect.stringMatching(/^[\w-]{43}$/) });
    }
    expect(publicKeys.keys[0]?.kid).not.toBe(publicKeys.keys[1]?.kid);
    expect(publicKeys).toMatchObject({ agencyId: AGENCY_IDS.a, country: "TT" });
  });
});

describe("readAgencyKeys", () => {
  it("reads the private file back, and shows no key material when printed or serialised", async () => {
    const { privateKeys } = await generateAgencyKeys({ agencyId: AGENCY_IDS.a });
    const read = await readAgencyKeys(JSON.stringify(privateKeys));
    if (!read.ok) throw new Error(read.problem.code);
    const secrets = privateKeys.keys.map((key) => key.d);
    const shown = [
      JSON.stringify(read.value),
      inspect(read.value, { depth: 10, showHidden: true }),
      String(read.value),
    ];
    for (const text of shown) for (const secret of secrets) expect(text).not.toContain(secret);
    expect(read.value.toJSON()).toEqual({
      agencyId: AGENCY_IDS.a,
      kids: privateKeys.keys.map((key) => key.kid),
    });
  });

  it("refuses a public file where the private one is needed, and files that are not key files", async () => {
    const { publicKeys, privateKeys } = await generateAgencyKeys({ agencyId: AGENCY_IDS.a });
    const [sig, enc] = privateKeys.keys;
    if (!sig || !enc) throw new Error("keys");
    const cases: [unknown, object][] = [
      [publicKeys, { code: "not_a_private_key", pointer: "/keys/0" }],
      [new Uint8Array([0xff, 0xfe, 0x00]), { code: "not_json", pointer: "" }],
      ['{"__proto__": {"agencyId": "x"}, "keys": []}', { code: "not_a_key_file" }],
      [
        { ...privateKeys, keys: [{ ...sig, extra: 1 }, enc] },
        { code: "not_a_key_file", pointer: "/keys/0" },
      ],
      [
        { ...privateKeys, keys: [{ ...sig, alg: "ECDH-ES+A256KW" }, enc] },
        { code: "alg_mismatch", pointer: "/keys/0" },
      ],
      [
        {
          ...privateKeys,
          keys: [{ ...sig, validFrom: "2024-02-01T00:00:00Z", validUntil: "2024-01-01T00:00:00Z" }, enc],
        },
        { code: "empty_period", pointer: "/keys/0" },
      ],
      [
        { ...privateKeys, keys: [sig, { ...enc, kid: sig.kid }] },
        { code: "duplicate_kid", pointer: "/keys/1/kid" },
      ],
      [
        { ...privateKeys, keys: [sig] },
        { code: "no_encryption_key", pointer: "/keys" },
      ],
      [
        { ...privateKeys, keys: [enc] },
        { code: "no_signing_key", pointer: "/keys" },
      ],
      [
        { ...privateKeys, keys: [{ ...sig, x: enc.y }, enc] },
        { code: "unusable_key", pointer: "/keys/0" },
      ],
    ];
    for (const [input, expected] of cases) {
      expect(problemOf(await readAgencyKeys(input as object))).toMatchObject(expected);
    }
  });

  it("never throws on a hostile object, and its problems carry no key material", async () => {
    const { privateKeys } = await generateAgencyKeys({ agencyId: AGENCY_IDS.a });
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("trap");
        },
        ownKeys() {
          throw new Error("trap");
        },
      },
    );
    expect(problemOf(await readAgencyKeys(hostile))).toMatchObject({ code: "not_a_key_file" });
    const wrong = { ...privateKeys, keys: privateKeys.keys.map((key) => ({ ...key, x: 5 })) };
    const problem = await readAgencyKeys(wrong);
    if (problem.ok) throw new Error("read");
    for (const texts of [en, es]) {
      const text = describeKeyProblem(problem.problem, texts);
      for (const key of privateKeys.keys) expect(text).not.toContain(key.d);
    }
  });
});

describe("readTrust", () => {
  it("refuses a private key handed over as trust, in a JWK Set or a directory", async () => {
    const { privateKeys } = await generateAgencyKeys({ agencyId: AGENCY_IDS.a });
    expect(problemOf(await readTrust([privateKeys]))).toEqual({
      code: "private_key_in_public_file",
      pointer: "/keys/0/d",
      document: 0,
    });
    const directory = { directory: "tip-agency-directory", version: 1, agencies: [privateKeys] };
    expect(problemOf(await readTrust(["{}", directory]))).toMatchObject({
      document: 0,
      code: "not_a_key_file",
    });
    expect(problemOf(await readTrust([directory]))).toEqual({
      code: "private_key_in_public_file",
      pointer: "/agencies/0/keys/0/d",
      document: 0,
    });
  });

  it("merges JWK Sets and directories, refusing an agency or a key id given twice", async () => {
    const one = await generateAgencyKeys({ agencyId: AGENCY_IDS.a });
    const two = await generateAgencyKeys({ agencyId: AGENCY_IDS.b });
    const merged = await readTrust([JSON.stringify(one.publicKeys), two.publicKeys]);
    if (!merged.ok) throw new Error(merged.problem.code);
    expect(merged.value.agencies.map((agency) => agency.agencyId)).toEqual([AGENCY_IDS.a, AGENCY_IDS.b]);
    expect(merged.value.key(one.publicKeys.keys[0]?.kid ?? "")?.agencyId).toBe(AGENCY_IDS.a);
    expect(problemOf(await readTrust([one.publicKeys, one.publicKeys]))).toEqual({
      code: "agency_twice",
      pointer: "/agencyId",
      document: 1,
    });
    const stolen = { ...two.publicKeys, keys: [...two.publicKeys.keys, ...one.publicKeys.keys] };
    expect(problemOf(await readTrust([one.publicKeys, stolen]))).toEqual({
      code: "duplicate_kid",
      pointer: "/keys/2/kid",
      document: 1,
    });
  });

  it("applies revocations to keys of every document", async () => {
    const one = await generateAgencyKeys({ agencyId: AGENCY_IDS.a });
    const kid = one.publicKeys.keys[0]?.kid ?? "";
    const revocations = {
      directory: "tip-agency-directory",
      version: 1,
      agencies: [],
      revoked: [{ kid, revokedAt: "2024-01-01T00:00:00Z" }],
    };
    const read = await readTrust([one.publicKeys, revocations]);
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.value.key(kid)?.revokedAt).toBe(Date.parse("2024-01-01T00:00:00Z"));
  });
});
