import { importJWK } from "jose";
import { ALGORITHMS } from "../algorithms.js";
import { readJson } from "../json/read-json.js";
import { AgencyPrivateJwks, type PrivateKeyJwk } from "./key-documents.js";
import { type KeyPeriod, newestAt, periodOf } from "./key-period.js";
import { type KeyRead, problemOfZod } from "./key-problem.js";

/** A private key ready to use: its id, period and a non-extractable Web Crypto key. */
interface HeldKey extends KeyPeriod {
  readonly kid: string;
  readonly key: CryptoKey;
}

/** Largest key file read: a JWK Set of 64 keys is far smaller. */
const MAX_KEY_FILE_BYTES = 1024 * 1024;

/**
 * An agency's private keys, imported once: the signing keys (the newest valid one signs) and the decryption
 * keys (every one is kept, so envelopes sealed before a rotation still open). The key material lives in
 * non-extractable Web Crypto keys in private fields: printing, logging or `JSON.stringify` of a key ring shows
 * the agency and key ids only.
 */
export class AgencyKeyRing {
  readonly #signing: readonly HeldKey[];
  readonly #decryption: ReadonlyMap<string, HeldKey>;

  private constructor(
    readonly agencyId: string,
    signing: readonly HeldKey[],
    decryption: readonly HeldKey[],
  ) {
    this.#signing = signing;
    this.#decryption = new Map(decryption.map((key) => [key.kid, key]));
  }

  /** Builds a key ring from a private key document, already checked. */
  static async fromDocument(document: AgencyPrivateJwks): Promise<KeyRead<AgencyKeyRing>> {
    const signing: HeldKey[] = [];
    const decryption: HeldKey[] = [];
    const kids = new Set<string>();
    for (const [index, jwk] of document.keys.entries()) {
      if (kids.has(jwk.kid))
        return { ok: false, problem: { code: "duplicate_kid", pointer: `/keys/${index}/kid` } };
      kids.add(jwk.kid);
      const key = await importPrivate(jwk);
      if (key === undefined)
        return { ok: false, problem: { code: "unusable_key", pointer: `/keys/${index}` } };
      (jwk.use === "sig" ? signing : decryption).push({ kid: jwk.kid, key, ...periodOf(jwk) });
    }
    if (signing.length === 0) return { ok: false, problem: { code: "no_signing_key", pointer: "/keys" } };
    if (decryption.length === 0)
      return { ok: false, problem: { code: "no_encryption_key", pointer: "/keys" } };
    return { ok: true, value: new AgencyKeyRing(document.agencyId, signing, decryption) };
  }

  /** The key that signs at `at` (epoch milliseconds): the newest valid one, or undefined. */
  signingKeyAt(at: number): { readonly kid: string; readonly key: CryptoKey } | undefined {
    return newestAt(this.#signing, at);
  }

  /** The decryption key with this id, or undefined. */
  decryptionKey(kid: string): CryptoKey | undefined {
    return this.#decryption.get(kid)?.key;
  }

  /** Ids of the keys, for logs: `{ agencyId, kids }`, never key material. */
  toJSON(): { agencyId: string; kids: string[] } {
    return {
      agencyId: this.agencyId,
      kids: [...this.#signing.map((key) => key.kid), ...this.#decryption.keys()],
    };
  }

  /** Node's `util.inspect` (console.log) shows what `toJSON` shows. */
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `AgencyKeyRing ${JSON.stringify(this.toJSON())}`;
  }
}

/** Imports a private JWK (without the exchange's own members) as a non-extractable key. */
async function importPrivate(jwk: PrivateKeyJwk): Promise<CryptoKey | undefined> {
  const { kty, crv, x, y, d } = jwk;
  const alg = jwk.use === "sig" ? ALGORITHMS.sign : ALGORITHMS.keyWrap;
  try {
    const key = await importJWK({ kty, crv, x, y, d }, alg, { extractable: false });
    return key instanceof Uint8Array ? undefined : key;
  } catch {
    return undefined;
  }
}

/**
 * Reads an agency's private key file (`tip keys new` writes it): bytes or text of JSON, or the parsed value.
 * Never throws on the input, and a problem never carries key material: only a code and a JSON Pointer.
 */
export async function readAgencyKeys(input: Uint8Array | string | object): Promise<KeyRead<AgencyKeyRing>> {
  let value: unknown = input;
  if (typeof input === "string" || input instanceof Uint8Array) {
    const read = readJson(input, MAX_KEY_FILE_BYTES);
    if (!read.ok) return { ok: false, problem: { code: read.problem, pointer: "" } };
    value = read.value;
  }
  const publicAt = publicKeyIndex(value);
  if (publicAt !== undefined)
    return { ok: false, problem: { code: "not_a_private_key", pointer: `/keys/${publicAt}` } };
  const parsed = safeParse(value);
  if (!parsed.success) return { ok: false, problem: problemOfZod(parsed.error) };
  return AgencyKeyRing.fromDocument(parsed.data);
}

/** The position of a key without its private member `d` (a public file given as private), or undefined. */
function publicKeyIndex(document: unknown): number | undefined {
  try {
    const keys = (document as { keys?: unknown } | null)?.keys;
    if (!Array.isArray(keys)) return undefined;
    const index = keys.findIndex(
      (key) => key !== null && typeof key === "object" && !Object.hasOwn(key, "d"),
    );
    return index < 0 ? undefined : index;
  } catch {
    return undefined;
  }
}

function safeParse(value: unknown) {
  try {
    return AgencyPrivateJwks.safeParse(value);
  } catch {
    // A getter or proxy that throws: not a key file.
    return AgencyPrivateJwks.safeParse(null);
  }
}
