import { type AgencyKeyRing, ALGORITHMS } from "@tip/exchange";
import { base64url, CompactSign } from "jose";

/** The scheme of the `Authorization` header: `TIP-Signature <compact JWS>`. */
export const AUTH_SCHEME = "TIP-Signature";
/** The `typ` of a signed request, so no other signed object of the exchange can stand in for one. */
export const REQUEST_TYP = "tip-request+jws";
/** How long a signed request is good for after it was signed, and how far ahead a clock may be: one minute. */
export const REQUEST_LIFETIME_MS = 60 * 1000;

/** What a signed request's JWS carries: who calls, what exactly, when, and a one-time nonce. */
export interface RequestClaims {
  /** The calling agency's id. */
  readonly agency: string;
  /** The HTTP method, upper case. */
  readonly method: string;
  /** The path and query as sent (`/v1/inbox?after=3`). */
  readonly path: string;
  /** SHA-256 of the body (the empty body too), base64url. */
  readonly digest: string;
  /** When it was signed, epoch milliseconds. */
  readonly iat: number;
  /** A random UUID, used once. */
  readonly nonce: string;
}

/** SHA-256 of bytes, base64url. */
export async function bodyDigest(body: Uint8Array): Promise<string> {
  return base64url.encode(new Uint8Array(await crypto.subtle.digest("SHA-256", new Uint8Array(body))));
}

/**
 * The `Authorization` header value of a request signed by an agency's current signing key: a short-lived
 * JWS (ES256) over the method, path, body digest, time and a nonce. Throws a `RangeError` when the agency has
 * no signing key valid now.
 */
export async function signRequest(
  keys: AgencyKeyRing,
  request: { method: string; path: string; body?: Uint8Array; now?: Date },
): Promise<string> {
  const iat = (request.now ?? new Date()).getTime();
  const signing = keys.signingKeyAt(iat);
  if (signing === undefined) throw new RangeError("The agency has no signing key valid now");
  const claims: RequestClaims = {
    agency: keys.agencyId.toLowerCase(),
    method: request.method.toUpperCase(),
    path: request.path,
    digest: await bodyDigest(request.body ?? new Uint8Array()),
    iat,
    nonce: crypto.randomUUID(),
  };
  const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(claims)))
    .setProtectedHeader({ alg: ALGORITHMS.sign, kid: signing.kid, typ: REQUEST_TYP })
    .sign(signing.key);
  return `${AUTH_SCHEME} ${jws}`;
}
