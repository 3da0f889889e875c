import { EXAMPLES } from "@tip/schema";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { TrustDirectory } from "../keys/trust-directory.js";
import { MemoryReplayStore } from "../replay/replay-store.js";
import { directoryOf, exampleBundle, NOW, type TestAgency, threeAgencies } from "../testing/agencies.js";
import { decodeSegment, encodeSegment } from "../testing/tamper.js";
import type { Envelope } from "./envelope-header.js";
import { openEnvelope } from "./open-envelope.js";
import { REFUSAL_CODES } from "./open-refusal.js";
import { sealEnvelope } from "./seal.js";

let b: TestAgency;
let trust: TrustDirectory;
let envelope: Envelope;
let text: string;

beforeAll(async () => {
  const agencies = await threeAgencies();
  b = agencies.b;
  trust = await directoryOf([agencies.a, agencies.b, agencies.c]);
  const recipient = trust.agency(b.id);
  if (!recipient) throw new Error("no b");
  const sealed = await sealEnvelope(exampleBundle(), {
    keys: agencies.a.keys,
    to: [recipient],
    purpose: "referral_transnational",
    agreement: "DSA-1",
    retention: "P1Y",
    now: NOW,
  });
  if (!sealed.ok) throw new Error(sealed.problem.code);
  envelope = sealed.envelope;
  text = JSON.stringify(envelope);
});

const open = (input: unknown, maxBytes?: number) =>
  openEnvelope(input, {
    keys: b.keys,
    trust,
    replay: new MemoryReplayStore(),
    now: NOW,
    ...(maxBytes === undefined ? {} : { maxBytes }),
  });

async function refusalOf(input: unknown, maxBytes?: number): Promise<string> {
  const result = await open(input, maxBytes);
  return result.ok ? "opened" : result.refusal.code;
}

/** The envelope's protected header rewritten as JSON text, with `insert` placed first in the object `at`. */
function headerWith(insert: string, at: "top" | "tip"): Envelope {
  const header = JSON.stringify(decodeSegment(envelope.protected));
  const changed =
    at === "top" ? header.replace(/^\{/, `{${insert},`) : header.replace('"tip":{', `"tip":{${insert},`);
  return { ...envelope, protected: Buffer.from(changed).toString("base64url") };
}

describe("hostile envelopes are refused, never thrown on", () => {
  it("garbage bytes, text that is not JSON, and JSON that is no envelope", async () => {
    const cases: [unknown, string][] = [
      [new Uint8Array([0xff, 0x00, 0x80, 0x81]), "not_json"],
      ["", "not_json"],
      ["{", "not_json"],
      ['"\\ud800"', "not_an_envelope"],
      ["null", "not_an_envelope"],
      ["[]", "not_an_envelope"],
      [42, "not_an_envelope"],
      [undefined, "not_an_envelope"],
      [{ ...envelope, aad: "AAAA" }, "not_an_envelope"],
      [{ ...envelope, unprotected: { kid: "x" } }, "not_an_envelope"],
      [{ ...envelope, recipients: [] }, "not_an_envelope"],
      [{ ...envelope, recipients: Array(1001).fill(envelope.recipients[0]) }, "not_an_envelope"],
      [{ ...envelope, protected: "not base64!" }, "not_an_envelope"],
      [{ ...envelope, protected: encodeSegment([1, 2]) }, "header_invalid"],
    ];
    for (const [input, code] of cases) expect(await refusalOf(input)).toBe(code);
  });

  it("an envelope over the size limit, checked before it is parsed", async () => {
    expect(await refusalOf(text, text.length - 1)).toBe("too_large");
    expect(await refusalOf(new TextEncoder().encode(text), text.length - 1)).toBe("too_large");
    expect(await refusalOf(text, text.length)).toBe("opened");
    const huge = `{"recipients":[${"0,".repeat(3_000_000)}0]}`;
    expect(await refusalOf(huge, 1024 * 1024)).toBe("too_large");
    expect(await refusalOf(huge)).toBe("not_an_envelope");
  });

  it("deep nesting", async () => {
    const deep = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;
    expect(["not_json", "not_an_envelope"]).toContain(await refusalOf(deep));
  });

  it("__proto__, constructor and prototype keys anywhere", async () => {
    for (const key of ["__proto__", "constructor", "prototype"]) {
      const top = text.replace(/^\{/, `{"${key}":{"polluted":true},`);
      expect(await refusalOf(top)).toBe("not_an_envelope");
      expect(await refusalOf(headerWith(`"${key}":{"alg":"none"}`, "top"))).toBe("header_invalid");
      expect(await refusalOf(headerWith(`"${key}":{"recipients":[]}`, "tip"))).toBe("header_invalid");
      const entry = text.replace('"header":{', `"header":{"${key}":{"kid":"x"},`);
      expect(await refusalOf(entry)).toBe("not_an_envelope");
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("other algorithms, including none", async () => {
    for (const alg of ["none", "dir", "RSA1_5", "ECDH-ES", "A128KW"])
      expect(
        await refusalOf({
          ...envelope,
          protected: encodeSegment({ ...decodeSegment(envelope.protected), alg }),
        }),
      ).toBe("unsupported_algorithm");
    const cbc = { ...decodeSegment(envelope.protected), enc: "A128CBC-HS256" };
    expect(await refusalOf({ ...envelope, protected: encodeSegment(cbc) })).toBe("unsupported_algorithm");
  });

  it("objects whose getters or proxy traps throw", async () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error("trap");
        },
        ownKeys() {
          throw new Error("trap");
        },
        getOwnPropertyDescriptor() {
          throw new Error("trap");
        },
      },
    );
    const getter = Object.defineProperty({ ...envelope }, "ciphertext", {
      enumerable: true,
      get() {
        throw new Error("getter");
      },
    });
    for (const input of [trap, getter]) {
      const result = await open(input);
      expect(result.ok).toBe(false);
      expect(REFUSAL_CODES).toContain(result.ok ? "" : result.refusal.code);
    }
  });
});

describe("properties", () => {
  it("arbitrary bytes never throw and never open", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        const result = await open(bytes);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("arbitrary JSON values, alone or in place of an envelope member, never throw and never open", async () => {
    const members = ["protected", "recipients", "iv", "ciphertext", "tag"] as const;
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.constantFrom(...members), async (value, member) => {
        expect((await open(value)).ok).toBe(false);
        expect((await open(JSON.stringify({ ...envelope, [member]: value }))).ok).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it("a changed character anywhere either is refused or opens the very bundle sealed", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.constantFrom(...'AQgw_-09azZ{}[]",:\\ '), async (position, character) => {
        const at = position % text.length;
        const changed = text.slice(0, at) + character + text.slice(at + 1);
        const result = await open(changed);
        if (result.ok) expect(result.bundle).toEqual(EXAMPLES.bundle);
      }),
      { numRuns: 150 },
    );
  });
});
