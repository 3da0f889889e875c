import { FlattenedSign } from "jose";
import { ALGORITHMS, MEDIA_TYPES } from "../algorithms.js";
import { canonicalBytes } from "../json/canonical.js";
import type { AgencyKeyRing } from "../keys/agency-key-ring.js";
import type { SignedMessageBody } from "./message-bodies.js";

/** A signed receipt or status update as it travels: a JWS in the flattened JSON serialization (RFC 7515 §7.2.2). */
export interface SignedMessage {
  readonly protected: string;
  readonly payload: string;
  readonly signature: string;
}

/**
 * Signs a message body's RFC 8785 canonical form with the agency's newest valid signing key. Receipts and
 * status updates hold ids, codes and times only, so they are signed but not encrypted. Throws a `RangeError`
 * when the agency has no signing key valid at the body's `createdAt`.
 */
export async function signMessage(body: SignedMessageBody, keys: AgencyKeyRing): Promise<SignedMessage> {
  const signing = keys.signingKeyAt(Date.parse(body.createdAt));
  if (signing === undefined) throw new RangeError("The agency has no signing key valid now");
  const typ = body.type === "receipt" ? MEDIA_TYPES.receipt : MEDIA_TYPES.status;
  const jws = await new FlattenedSign(canonicalBytes(body))
    .setProtectedHeader({ alg: ALGORITHMS.sign, kid: signing.kid, typ })
    .sign(signing.key);
  return { protected: jws.protected ?? "", payload: jws.payload, signature: jws.signature };
}
