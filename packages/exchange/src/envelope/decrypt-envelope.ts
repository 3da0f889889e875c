import { flattenedDecrypt } from "jose";
import { ALGORITHMS } from "../algorithms.js";
import { readBase64urlJson } from "../json/read-json.js";
import type { AgencyKeyRing } from "../keys/agency-key-ring.js";
import {
  type Envelope,
  type EnvelopeHeader,
  EnvelopeJwe,
  EnvelopeProtectedHeader,
} from "./envelope-header.js";
import type { RefusalCode } from "./open-refusal.js";

/** Largest protected header read: headers hold ids, codes and times. */
export const MAX_HEADER_BYTES = 64 * 1024;

/** The envelope decrypted: its (outer) header and the plaintext, a compact JWS still to verify. */
export type Decrypted =
  | { readonly ok: true; readonly header: EnvelopeHeader; readonly plaintext: Uint8Array }
  | { readonly ok: false; readonly code: RefusalCode };

/**
 * Checks the envelope's shape and header, then decrypts it with whichever of the agency's keys it was
 * encrypted for. The header is authenticated by the decryption (it is the JWE's additional data): any change
 * to it, to the ciphertext or to the tag makes decryption fail.
 */
export async function decryptEnvelope(value: unknown, keys: AgencyKeyRing): Promise<Decrypted> {
  const shape = EnvelopeJwe.safeParse(value);
  if (!shape.success) return { ok: false, code: "not_an_envelope" };
  const envelope: Envelope = shape.data;
  const protectedHeader = readBase64urlJson(envelope.protected, MAX_HEADER_BYTES);
  const algorithms = protectedHeader as { alg?: unknown; enc?: unknown } | undefined;
  if (algorithms === null || typeof algorithms !== "object" || Array.isArray(algorithms))
    return { ok: false, code: "header_invalid" };
  if (algorithms.alg !== ALGORITHMS.keyWrap || algorithms.enc !== ALGORITHMS.content)
    return { ok: false, code: "unsupported_algorithm" };
  const header = EnvelopeProtectedHeader.safeParse(protectedHeader);
  if (!header.success) return { ok: false, code: "header_invalid" };
  const mine = envelope.recipients.filter((entry) => keys.decryptionKey(entry.header.kid) !== undefined);
  if (mine.length === 0) return { ok: false, code: "not_a_recipient" };
  for (const entry of mine) {
    const key = keys.decryptionKey(entry.header.kid);
    if (key === undefined) continue;
    try {
      const { plaintext } = await flattenedDecrypt(
        {
          protected: envelope.protected,
          header: entry.header,
          encrypted_key: entry.encrypted_key,
          iv: envelope.iv,
          ciphertext: envelope.ciphertext,
          tag: envelope.tag,
        },
        key,
        { keyManagementAlgorithms: [ALGORITHMS.keyWrap], contentEncryptionAlgorithms: [ALGORITHMS.content] },
      );
      return { ok: true, header: header.data.tip, plaintext };
    } catch {
      // Another entry may carry a key of ours that works (after a rotation both are listed).
    }
  }
  return { ok: false, code: "undecryptable" };
}
