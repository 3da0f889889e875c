import { calculateJwkThumbprint, exportJWK, generateKeyPair } from "jose";
import { ALGORITHMS } from "../algorithms.js";
import type { AgencyJwks, AgencyPrivateJwks, PrivateKeyJwk, PublicKeyJwk } from "./key-documents.js";

/** Options of `generateAgencyKeys`. */
export interface GenerateKeysOptions {
  /** The agency's id (a UUID, as in the model). */
  readonly agencyId: string;
  /** The agency's ISO 3166-1 alpha-2 country, published with its keys. */
  readonly country?: string;
  /** First moment the keys may be used (ISO 8601); none: at once. */
  readonly validFrom?: string;
  /** Moment from which they may no longer be used (ISO 8601), for planned rotation; none: no end. */
  readonly validUntil?: string;
}

/** A new key pair set: the private file to keep (owner-only) and the public JWK Set to publish. */
export interface GeneratedKeys {
  readonly privateKeys: AgencyPrivateJwks;
  readonly publicKeys: AgencyJwks;
}

/**
 * Generates an agency's keys with Web Crypto (through `jose`): one P-256 key that signs (ES256) and one that
 * receives envelopes (ECDH-ES+A256KW); one key never serves both. Each key's id is its RFC 7638 thumbprint,
 * so the id is bound to the key. Several key sets of one agency can live side by side: rotation is adding a
 * new set with a later `validFrom`, and setting `validUntil` on the old one.
 */
export async function generateAgencyKeys(options: GenerateKeysOptions): Promise<GeneratedKeys> {
  const period = {
    ...(options.validFrom === undefined ? {} : { validFrom: options.validFrom }),
    ...(options.validUntil === undefined ? {} : { validUntil: options.validUntil }),
  };
  const pairs = await Promise.all(
    (["sig", "enc"] as const).map(async (use) => {
      const alg = use === "sig" ? ALGORITHMS.sign : ALGORITHMS.keyWrap;
      const pair = await generateKeyPair(alg, { crv: ALGORITHMS.curve, extractable: true });
      const jwk = await exportJWK(pair.privateKey);
      const { kty, crv, x, y, d } = jwk as { kty: "EC"; crv: "P-256"; x: string; y: string; d: string };
      const kid = await calculateJwkThumbprint({ kty, crv, x, y });
      const publicKey: PublicKeyJwk = { kty, crv, x, y, kid, use, alg, ...period };
      const privateKey: PrivateKeyJwk = { ...publicKey, d };
      return { publicKey, privateKey };
    }),
  );
  const agencyId = options.agencyId.toLowerCase();
  return {
    privateKeys: { agencyId, keys: pairs.map((pair) => pair.privateKey) },
    publicKeys: {
      agencyId,
      ...(options.country === undefined ? {} : { country: options.country }),
      keys: pairs.map((pair) => pair.publicKey),
    },
  };
}
