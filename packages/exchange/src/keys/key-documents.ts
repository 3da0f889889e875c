import * as z from "zod";
import { ALGORITHMS } from "../algorithms.js";

/** A P-256 coordinate or private scalar: 32 bytes in base64url. */
const Coordinate = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
/** A key id: short, printable, safe to show (it identifies a public key, it is no secret). */
export const Kid = z.string().regex(/^[A-Za-z0-9._:-]{1,128}$/);
/** A moment, ISO 8601 with an offset. */
export const Instant = z.iso.datetime({ offset: true });
/** An agency id: a UUID, as in the model's bundle header. */
export const AgencyId = z.uuid();

const publicMembers = {
  kty: z.literal("EC"),
  crv: z.literal(ALGORITHMS.curve),
  x: Coordinate,
  y: Coordinate,
  kid: Kid,
  /** What the key is for: `sig` signs, `enc` receives encrypted envelopes. One key never does both. */
  use: z.enum(["sig", "enc"]),
  alg: z.enum([ALGORITHMS.sign, ALGORITHMS.keyWrap]),
  /** First moment the key may be used; none: from the start. */
  validFrom: Instant.optional(),
  /** Moment from which the key may no longer be used (rotation); none: no end. */
  validUntil: Instant.optional(),
  /** JWK members other tools add and that change nothing here. */
  key_ops: z.array(z.string().max(32)).max(8).optional(),
  ext: z.boolean().optional(),
};

function usesItsAlgorithm(key: { use: string; alg: string }): boolean {
  return key.use === "sig" ? key.alg === ALGORITHMS.sign : key.alg === ALGORITHMS.keyWrap;
}

const period = (key: { validFrom?: string | undefined; validUntil?: string | undefined }) =>
  key.validFrom === undefined ||
  key.validUntil === undefined ||
  Date.parse(key.validFrom) < Date.parse(key.validUntil);

/** A public key as published: a JWK (RFC 7517) with its period of use. */
export const PublicKeyJwk = z
  .strictObject(publicMembers)
  .refine(usesItsAlgorithm, { message: "alg_mismatch" })
  .refine(period, { message: "empty_period" });
export type PublicKeyJwk = z.output<typeof PublicKeyJwk>;

/** A private key: the public members and the private scalar `d`. */
export const PrivateKeyJwk = z
  .strictObject({ ...publicMembers, d: Coordinate })
  .refine(usesItsAlgorithm, { message: "alg_mismatch" })
  .refine(period, { message: "empty_period" });
export type PrivateKeyJwk = z.output<typeof PrivateKeyJwk>;

/**
 * An agency's public keys: a JWK Set (RFC 7517 §5) with the agency it belongs to, as `tip keys new` writes it.
 * Several keys of one use: rotation (each with its period).
 */
export const AgencyJwks = z.strictObject({
  agencyId: AgencyId,
  /** ISO 3166-1 alpha-2 country of the agency: consents given per country are checked against it. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  keys: z.array(PublicKeyJwk).min(1).max(64),
});
export type AgencyJwks = z.output<typeof AgencyJwks>;

/** An agency's private keys, as `tip keys new` writes them (readable by their owner only). */
export const AgencyPrivateJwks = z.strictObject({
  agencyId: AgencyId,
  keys: z.array(PrivateKeyJwk).min(1).max(64),
});
export type AgencyPrivateJwks = z.output<typeof AgencyPrivateJwks>;

/** A key no longer to be trusted, from a moment on. */
export const RevokedKey = z.strictObject({ kid: Kid, revokedAt: Instant });
export type RevokedKey = z.output<typeof RevokedKey>;

/**
 * The directory an agency trusts: the agencies it exchanges with, their public keys, and the keys revoked.
 * How the directory reaches an agency (a signed file from a central authority, a meeting) is agreed outside
 * this format.
 */
export const AgencyDirectory = z.strictObject({
  directory: z.literal("tip-agency-directory"),
  version: z.literal(1),
  agencies: z.array(AgencyJwks).max(10_000),
  revoked: z.array(RevokedKey).max(100_000).optional(),
});
export type AgencyDirectory = z.output<typeof AgencyDirectory>;
