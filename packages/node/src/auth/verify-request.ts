import { ALGORITHMS, keyStatus, type TrustDirectory } from "@tip/exchange";
import { compactVerify, decodeProtectedHeader } from "jose";
import * as z from "zod";
import { AUTH_SCHEME, bodyDigest, REQUEST_LIFETIME_MS, REQUEST_TYP } from "./request-signature.js";

/** Why a request's signature was not accepted (sent back as the error code of a 401). */
export const AUTH_PROBLEMS = [
  "signature_missing",
  "signature_malformed",
  "unknown_key",
  "key_revoked",
  "key_not_valid",
  "bad_signature",
  "request_mismatch",
  "request_expired",
  "request_replayed",
] as const;
export type AuthProblem = (typeof AUTH_PROBLEMS)[number];

const Claims = z.strictObject({
  agency: z.string().max(64),
  method: z.string().max(16),
  path: z.string().max(2048),
  digest: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  iat: z.int().nonnegative(),
  nonce: z.uuid(),
});
const Header = z.strictObject({
  alg: z.literal(ALGORITHMS.sign),
  kid: z.string().max(128),
  typ: z.literal(REQUEST_TYP),
});

/** What is checked about a request. */
export interface RequestToCheck {
  readonly authorization: string | undefined;
  readonly method: string;
  readonly path: string;
  readonly body: Uint8Array;
}

/**
 * Checks a request's `Authorization` header: a JWS by a signing key of a trusted agency, not revoked and in
 * its period, over exactly this method, path and body, signed less than a minute ago, with a nonce not used
 * before (`useNonce` records it). The calling agency's id, or the problem. Never throws on the input.
 */
export async function verifyRequest(
  request: RequestToCheck,
  trust: TrustDirectory,
  now: number,
  useNonce: (agency: string, nonce: string, keepUntil: number) => Promise<boolean>,
): Promise<{ ok: true; agency: string } | { ok: false; problem: AuthProblem }> {
  const fail = (problem: AuthProblem) => ({ ok: false as const, problem });
  const value = request.authorization ?? "";
  if (value === "") return fail("signature_missing");
  const [scheme, jws, ...rest] = value.split(" ");
  if (scheme !== AUTH_SCHEME || jws === undefined || rest.length > 0 || jws.length > 8192)
    return fail("signature_malformed");
  let header: z.output<typeof Header>;
  try {
    const parsed = Header.safeParse(decodeProtectedHeader(jws));
    if (!parsed.success) return fail("signature_malformed");
    header = parsed.data;
  } catch {
    return fail("signature_malformed");
  }
  const key = trust.key(header.kid);
  if (key === undefined || key.use !== "sig") return fail("unknown_key");
  let payload: Uint8Array;
  try {
    ({ payload } = await compactVerify(jws, key.key, { algorithms: [ALGORITHMS.sign] }));
  } catch {
    return fail("bad_signature");
  }
  let claims: z.output<typeof Claims>;
  try {
    const parsed = Claims.safeParse(JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(payload)));
    if (!parsed.success) return fail("signature_malformed");
    claims = parsed.data;
  } catch {
    return fail("signature_malformed");
  }
  if (claims.agency.toLowerCase() !== key.agencyId) return fail("unknown_key");
  const status = keyStatus(key, claims.iat, now);
  if (status !== "ok") return fail(status === "revoked" ? "key_revoked" : "key_not_valid");
  if (
    claims.method !== request.method.toUpperCase() ||
    claims.path !== request.path ||
    claims.digest !== (await bodyDigest(request.body))
  )
    return fail("request_mismatch");
  if (claims.iat > now + REQUEST_LIFETIME_MS || now > claims.iat + REQUEST_LIFETIME_MS)
    return fail("request_expired");
  if (!(await useNonce(key.agencyId, claims.nonce, claims.iat + 2 * REQUEST_LIFETIME_MS)))
    return fail("request_replayed");
  return { ok: true, agency: key.agencyId };
}
