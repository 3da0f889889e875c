import { base64url, flattenedVerify } from "jose";
import * as z from "zod";
import { ALGORITHMS, MEDIA_TYPES } from "../algorithms.js";
import { DEFAULT_CLOCK_SKEW_MS } from "../envelope/open-envelope.js";
import type { Refusal } from "../envelope/open-refusal.js";
import { canonicalBytes } from "../json/canonical.js";
import { readBase64urlJson, readJson } from "../json/read-json.js";
import { Kid } from "../keys/key-documents.js";
import { keyStatus, type TrustDirectory } from "../keys/trust-directory.js";
import { type Receipt, SignedMessageBody, type StatusUpdate } from "./message-bodies.js";

/** Largest signed message read: receipts and status updates are small. */
const MAX_MESSAGE_BYTES = 1024 * 1024;

const Segment = z.string().regex(/^[A-Za-z0-9_-]+$/);
const FlattenedJws = z.strictObject({ protected: Segment, payload: Segment, signature: Segment });
const MessageHeader = z.strictObject({
  alg: z.literal(ALGORITHMS.sign),
  kid: Kid,
  typ: z.enum([MEDIA_TYPES.receipt, MEDIA_TYPES.status]),
});

/** Options of `verifyMessage` and `verifyReceipt`. */
export interface VerifyMessageOptions {
  /** The agencies and keys trusted: the signer's key must be in it. */
  readonly trust: TrustDirectory;
  /** This agency's id: the message must be addressed to it. */
  readonly agencyId: string;
  /** The envelope this message must answer (its message id), when the caller knows it. */
  readonly inReplyTo?: string;
  /** The digest of the envelope sealed (from `sealEnvelope`): a receipt must name exactly it. */
  readonly digest?: string;
  readonly now?: Date;
  readonly clockSkewMs?: number;
}

/** A message verified, or refused with a reason. */
export type VerifyResult<M> =
  | { readonly ok: true; readonly message: M }
  | { readonly ok: false; readonly refusal: Refusal };

/**
 * Verifies a signed receipt or status update (bytes, text or parsed JSON): its signature against the signer's
 * key in the trusted directory (unknown, revoked, out-of-period keys and keys of another agency refused), that
 * it is addressed to this agency, not from the future, and, when given, that it answers the expected envelope
 * (`inReplyTo`, `digest`). Never throws, whatever the input.
 */
export async function verifyMessage(
  input: unknown,
  options: VerifyMessageOptions,
): Promise<VerifyResult<Receipt | StatusUpdate>> {
  try {
    return await verify(input, options);
  } catch {
    return { ok: false, refusal: { code: "open_failed" } };
  }
}

/** `verifyMessage` for a receipt: a status update (or anything else) is refused as `not_a_message`. */
export async function verifyReceipt(
  input: unknown,
  options: VerifyMessageOptions,
): Promise<VerifyResult<Receipt>> {
  const result = await verifyMessage(input, options);
  if (result.ok && result.message.type !== "receipt")
    return { ok: false, refusal: { code: "not_a_message" } };
  return result as VerifyResult<Receipt>;
}

async function verify(
  input: unknown,
  options: VerifyMessageOptions,
): Promise<VerifyResult<Receipt | StatusUpdate>> {
  const refuse = (refusal: Refusal) => ({ ok: false, refusal }) as const;
  const now = (options.now ?? new Date()).getTime();
  let value = input;
  if (typeof input === "string" || input instanceof Uint8Array) {
    const read = readJson(input, MAX_MESSAGE_BYTES);
    if (!read.ok) return refuse({ code: read.problem });
    value = read.value;
  }
  const jws = FlattenedJws.safeParse(value);
  if (!jws.success) return refuse({ code: "not_a_message" });
  const rawHeader = readBase64urlJson(jws.data.protected, MAX_MESSAGE_BYTES) as { alg?: unknown } | undefined;
  if (rawHeader === null || typeof rawHeader !== "object") return refuse({ code: "not_a_message" });
  if (rawHeader.alg !== ALGORITHMS.sign) return refuse({ code: "unsupported_algorithm" });
  const header = MessageHeader.safeParse(rawHeader);
  if (!header.success) return refuse({ code: "not_a_message" });
  const { kid, typ } = header.data;
  const payloadJson = readBase64urlJson(jws.data.payload, MAX_MESSAGE_BYTES);
  const body = SignedMessageBody.safeParse(payloadJson);
  const expectedType = typ === MEDIA_TYPES.receipt ? "receipt" : "status";
  if (!body.success || body.data.type !== expectedType) return refuse({ code: "not_a_message" });
  const message = body.data;
  const key = options.trust.key(kid);
  if (key === undefined || key.use !== "sig") return refuse({ code: "unknown_key", kid });
  if (key.agencyId !== message.from.toLowerCase()) return refuse({ code: "sender_key_mismatch", kid });
  const status = keyStatus(key, Date.parse(message.createdAt), now);
  if (status !== "ok") return refuse({ code: status === "revoked" ? "key_revoked" : "key_not_valid", kid });
  try {
    await flattenedVerify(jws.data, key.key, { algorithms: [ALGORITHMS.sign] });
  } catch {
    return refuse({ code: "bad_signature", kid });
  }
  // The signed bytes must be the canonical form of what was read: one message, one spelling.
  if (!isCanonical(jws.data.payload, message)) return refuse({ code: "not_a_message" });
  if (message.to.toLowerCase() !== options.agencyId.toLowerCase()) return refuse({ code: "not_a_recipient" });
  if (Date.parse(message.createdAt) > now + (options.clockSkewMs ?? DEFAULT_CLOCK_SKEW_MS))
    return refuse({ code: "not_yet_valid" });
  const wrongReply =
    (options.inReplyTo !== undefined &&
      message.inReplyTo.toLowerCase() !== options.inReplyTo.toLowerCase()) ||
    (options.digest !== undefined && (message.type !== "receipt" || message.digest !== options.digest));
  if (wrongReply) return refuse({ code: "not_the_expected_reply" });
  return { ok: true, message };
}

function isCanonical(payload: string, message: Receipt | StatusUpdate): boolean {
  const bytes = base64url.decode(payload);
  const canonical = canonicalBytes(message);
  return bytes.byteLength === canonical.byteLength && bytes.every((byte, index) => byte === canonical[index]);
}
