import { importJWK } from "jose";
import { ALGORITHMS } from "../algorithms.js";
import type { AgencyDirectory, AgencyJwks, PublicKeyJwk } from "./key-documents.js";
import { inPeriod, type KeyPeriod, periodOf } from "./key-period.js";
import type { KeyRead } from "./key-problem.js";

/** A public key of a trusted agency, ready to use. */
export interface TrustedKey extends KeyPeriod {
  readonly kid: string;
  readonly use: "sig" | "enc";
  readonly agencyId: string;
  /** When the key was revoked (epoch milliseconds), if it was. */
  readonly revokedAt?: number;
  readonly key: CryptoKey;
}

/** A trusted agency: its id, country if known, and its public keys. */
export interface TrustedAgency {
  readonly agencyId: string;
  readonly country?: string;
  readonly keys: readonly TrustedKey[];
}

/** Whether a key may be used: `ok`, revoked (at or before `now`), or outside its period at the time asked. */
export type KeyStatus = "ok" | "revoked" | "not_valid";

/**
 * The agencies and public keys an agency trusts, built from a directory document or JWK Sets (`readTrust`).
 * Keys are found by id; a revoked key is refused from the moment of its revocation on, whatever time a
 * message claims, since whoever holds a stolen key can also write any time into it.
 */
export class TrustDirectory {
  readonly #agencies: ReadonlyMap<string, TrustedAgency>;
  readonly #keys: ReadonlyMap<string, TrustedKey>;

  private constructor(agencies: readonly TrustedAgency[]) {
    this.#agencies = new Map(agencies.map((agency) => [agency.agencyId, agency]));
    this.#keys = new Map(agencies.flatMap((agency) => agency.keys.map((key) => [key.kid, key] as const)));
  }

  /**
   * Builds a directory from checked documents (several JWK Sets, directories, or both). Revocations apply to
   * keys of every document. Problems: a key id used twice, an agency in two documents, a key Web Crypto refuses.
   */
  static async fromDocuments(
    documents: readonly (AgencyJwks | AgencyDirectory)[],
  ): Promise<KeyRead<TrustDirectory>> {
    const revoked = new Map<string, number>();
    for (const document of documents)
      if ("revoked" in document)
        for (const entry of document.revoked ?? []) {
          const at = Date.parse(entry.revokedAt);
          revoked.set(entry.kid, Math.min(at, revoked.get(entry.kid) ?? at));
        }
    const agencies: TrustedAgency[] = [];
    const seenAgencies = new Set<string>();
    const seenKids = new Set<string>();
    for (const [position, document] of documents.entries()) {
      const list = "agencies" in document ? document.agencies : [document];
      for (const [agencyIndex, agency] of list.entries()) {
        const prefix = "agencies" in document ? `/agencies/${agencyIndex}` : "";
        const id = agency.agencyId.toLowerCase();
        if (seenAgencies.has(id))
          return {
            ok: false,
            problem: { code: "agency_twice", pointer: `${prefix}/agencyId`, document: position },
          };
        seenAgencies.add(id);
        const keys: TrustedKey[] = [];
        for (const [keyIndex, jwk] of agency.keys.entries()) {
          const pointer = `${prefix}/keys/${keyIndex}`;
          if (seenKids.has(jwk.kid))
            return {
              ok: false,
              problem: { code: "duplicate_kid", pointer: `${pointer}/kid`, document: position },
            };
          seenKids.add(jwk.kid);
          const key = await importPublic(jwk);
          if (key === undefined)
            return { ok: false, problem: { code: "unusable_key", pointer, document: position } };
          const revokedAt = revoked.get(jwk.kid);
          keys.push({
            kid: jwk.kid,
            use: jwk.use,
            agencyId: id,
            key,
            ...periodOf(jwk),
            ...(revokedAt === undefined ? {} : { revokedAt }),
          });
        }
        agencies.push({
          agencyId: id,
          ...(agency.country === undefined ? {} : { country: agency.country }),
          keys,
        });
      }
    }
    return { ok: true, value: new TrustDirectory(agencies) };
  }

  /** Every agency of the directory. */
  get agencies(): readonly TrustedAgency[] {
    return [...this.#agencies.values()];
  }

  /** The agency with this id (case-insensitive, as UUIDs are), or undefined. */
  agency(agencyId: string): TrustedAgency | undefined {
    return this.#agencies.get(agencyId.toLowerCase());
  }

  /** The key with this id, or undefined. */
  key(kid: string): TrustedKey | undefined {
    return this.#keys.get(kid);
  }
}

/** Whether `key` may be used for something done at `at`, checked at `now` (both epoch milliseconds). */
export function keyStatus(key: TrustedKey, at: number, now: number): KeyStatus {
  if (key.revokedAt !== undefined && (key.revokedAt <= now || key.revokedAt <= at)) return "revoked";
  return inPeriod(key, at) ? "ok" : "not_valid";
}

/** Imports a public JWK (without the exchange's own members). */
async function importPublic(jwk: PublicKeyJwk): Promise<CryptoKey | undefined> {
  const { kty, crv, x, y } = jwk;
  const alg = jwk.use === "sig" ? ALGORITHMS.sign : ALGORITHMS.keyWrap;
  try {
    const key = await importJWK({ kty, crv, x, y }, alg);
    return key instanceof Uint8Array ? undefined : key;
  } catch {
    return undefined;
  }
}
