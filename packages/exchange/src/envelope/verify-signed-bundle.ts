import { compactVerify } from "jose";
import { ALGORITHMS } from "../algorithms.js";
import { readBase64urlJson } from "../json/read-json.js";
import { keyStatus, type TrustDirectory } from "../keys/trust-directory.js";
import { MAX_HEADER_BYTES } from "./decrypt-envelope.js";
import type { EnvelopeHeader } from "./envelope-header.js";
import { type RecordMarking, SignedHeader } from "./envelope-header.js";
import type { Refusal } from "./open-refusal.js";

/** The signed bundle verified: its signed header, markings and payload bytes. */
export type Verified =
  | {
      readonly ok: true;
      readonly header: EnvelopeHeader;
      readonly markings: readonly RecordMarking[];
      readonly payload: Uint8Array;
    }
  | { readonly ok: false; readonly refusal: Refusal };

/**
 * Verifies the compact JWS found inside an envelope against the trusted directory: the key must be known,
 * belong to the agency the header names as sender, be a signing key, not be revoked, and be valid when the
 * message says it was made; then the signature must hold.
 */
export async function verifySignedBundle(
  plaintext: Uint8Array,
  trust: TrustDirectory,
  now: number,
): Promise<Verified> {
  const refuse = (refusal: Refusal): Verified => ({ ok: false, refusal });
  let compact: string;
  try {
    compact = new TextDecoder("utf-8", { fatal: true }).decode(plaintext);
  } catch {
    return refuse({ code: "signed_content_invalid" });
  }
  const parts = compact.split(".");
  if (parts.length !== 3) return refuse({ code: "signed_content_invalid" });
  const parsed = SignedHeader.safeParse(readBase64urlJson(parts[0], MAX_HEADER_BYTES));
  if (!parsed.success) return refuse({ code: "signed_content_invalid" });
  const { kid, tip } = parsed.data;
  const key = trust.key(kid);
  if (key === undefined || key.use !== "sig") return refuse({ code: "unknown_key", kid });
  if (key.agencyId !== tip.header.sender.toLowerCase()) return refuse({ code: "sender_key_mismatch", kid });
  const status = keyStatus(key, Date.parse(tip.header.createdAt), now);
  if (status === "revoked") return refuse({ code: "key_revoked", kid });
  if (status === "not_valid") return refuse({ code: "key_not_valid", kid });
  try {
    const { payload } = await compactVerify(compact, key.key, { algorithms: [ALGORITHMS.sign] });
    return { ok: true, header: tip.header, markings: tip.markings ?? [], payload };
  } catch {
    return refuse({ code: "bad_signature", kid });
  }
}
