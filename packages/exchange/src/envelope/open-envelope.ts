import type { Profile } from "@tip/schema";
import { type BundleResult, type Lang, loadMessages, validateBundle } from "@tip/validate";
import { canonicalBytes, sameJson } from "../json/canonical.js";
import { sha256Base64url } from "../json/digest.js";
import { isObject } from "../json/is-object.js";
import { readJson } from "../json/read-json.js";
import type { AgencyKeyRing } from "../keys/agency-key-ring.js";
import type { TrustDirectory } from "../keys/trust-directory.js";
import type { ReplayStore } from "../replay/replay-store.js";
import { decryptEnvelope } from "./decrypt-envelope.js";
import type { EnvelopeHeader, RecordMarking } from "./envelope-header.js";
import type { Refusal } from "./open-refusal.js";

import { verifySignedBundle } from "./verify-signed-bundle.js";

/** Largest envelope read by default: 64 MiB. */
export const DEFAULT_MAX_ENVELOPE_BYTES = 64 * 1024 * 1024;
/** How far the sender's and receiver's clocks may differ: five minutes. */
export const DEFAULT_CLOCK_SKEW_MS = 5 * 60 * 1000;

/** Options of `openEnvelope`. */
export interface OpenOptions {
  /** This agency's private keys. */
  readonly keys: AgencyKeyRing;
  /** The agencies and keys this agency trusts (`readTrust`): the sender's signing key must be in it. */
  readonly trust: TrustDirectory;
  /** Where opened message ids are remembered (`MemoryReplayStore`, or the node's table). */
  readonly replay: ReplayStore;
  /** The time of opening; default the clock. */
  readonly now?: Date;
  /** Clock difference tolerated, in milliseconds; default five minutes. */
  readonly clockSkewMs?: number;
  /** Largest envelope accepted, in bytes; default 64 MiB. */
  readonly maxBytes?: number;
  /** Language of the validation messages; default `en`. */
  readonly lang?: Lang;
  /** A national profile the bundle is validated against (`loadProfile` of `@tip/schema`). */
  readonly profile?: Profile;
}

/** An envelope opened (its bundle valid or not: see `validation`), or refused with a reason and nothing else. */
export type OpenResult =
  | {
      readonly ok: true;
      readonly header: EnvelopeHeader;
      /** TLP markings of single records that differ from `header.tlp`. */
      readonly markings: readonly RecordMarking[];
      /** The bundle as the sender signed it. */
      readonly bundle: Record<string, unknown>;
      /** `@tip/validate`'s verdict on the bundle: `validation.ok` false means invalid records (answer with a rejection). */
      readonly validation: BundleResult;
      /** SHA-256 of the signed bundle, base64url, for the receipt. */
      readonly digest: string;
    }
  | { readonly ok: false; readonly refusal: Refusal };

/**
 * Opens an envelope addressed to this agency: reads it (bytes, text or parsed JSON), decrypts it with this
 * agency's key, verifies the sender's signature against the trusted directory (unknown, revoked or
 * out-of-period keys refused), checks the signed header equals the envelope's, that this agency is a
 * recipient, that it has not expired nor comes from the future, that its message id was not opened before,
 * and finally validates the bundle. Any failure is a `Refusal` with a code and no partial data. Never throws,
 * whatever the input.
 */
export async function openEnvelope(input: unknown, options: OpenOptions): Promise<OpenResult> {
  try {
    return await open(input, options);
  } catch {
    // Every known failure has its own code; this is the net under them.
    return { ok: false, refusal: { code: "open_failed" } };
  }
}

async function open(input: unknown, options: OpenOptions): Promise<OpenResult> {
  const refuse = (refusal: Refusal): OpenResult => ({ ok: false, refusal });
  const now = (options.now ?? new Date()).getTime();
  const skew = options.clockSkewMs ?? DEFAULT_CLOCK_SKEW_MS;
  let value = input;
  if (typeof input === "string" || input instanceof Uint8Array) {
    const read = readJson(input, options.maxBytes ?? DEFAULT_MAX_ENVELOPE_BYTES);
    if (!read.ok) return refuse({ code: read.problem });
    value = read.value;
  }
  const decrypted = await decryptEnvelope(value, options.keys);
  if (!decrypted.ok) return refuse({ code: decrypted.code });
  const verified = await verifySignedBundle(decrypted.plaintext, options.trust, now);
  if (!verified.ok) return refuse(verified.refusal);
  const { header, markings, payload } = verified;
  // A co-recipient knows the content key and could re-encrypt under another header: the signed one decides.
  if (!sameJson(header, decrypted.header)) return refuse({ code: "header_mismatch" });
  const me = options.keys.agencyId.toLowerCase();
  if (!header.recipients.some((id) => id.toLowerCase() === me)) return refuse({ code: "not_a_recipient" });
  if (Date.parse(header.createdAt) > now + skew) return refuse({ code: "not_yet_valid" });
  const until = Date.parse(header.expiresAt) + skew;
  if (now >= until) return refuse({ code: "expired" });
  let fresh: boolean;
  try {
    fresh = await options.replay.remember(header.messageId, until, now);
  } catch {
    return refuse({ code: "replay_check_failed" });
  }
  if (!fresh) return refuse({ code: "replayed" });
  const bundle = readBundlePayload(payload);
  if (bundle === undefined) return refuse({ code: "payload_invalid" });
  const bundleSender = isObject(bundle.sender) ? bundle.sender.agencyId : undefined;
  if (typeof bundleSender === "string" && bundleSender.toLowerCase() !== header.sender.toLowerCase())
    return refuse({ code: "bundle_sender_mismatch" });
  const validation = validateBundle(bundle, {
    locale: await loadMessages(options.lang),
    ...(options.profile === undefined ? {} : { profile: options.profile }),
  });
  const digest = await sha256Base64url(decrypted.plaintext);
  return { ok: true, header, markings, bundle, validation, digest };
}

/** The signed payload as a JSON object in its canonical form (what `sealEnvelope` signs), or undefined. */
function readBundlePayload(payload: Uint8Array): Record<string, unknown> | undefined {
  const read = readJson(payload, Number.POSITIVE_INFINITY);
  if (!read.ok || !isObject(read.value)) return undefined;
  let again: Uint8Array;
  try {
    again = canonicalBytes(read.value);
  } catch {
    return undefined;
  }
  if (again.byteLength !== payload.byteLength || !again.every((byte, index) => byte === payload[index]))
    return undefined;
  return read.value;
}
