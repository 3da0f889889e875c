import { CODE_LISTS, readData } from "@tip/schema";
import { CompactSign, GeneralEncrypt } from "jose";
import { ALGORITHMS, FORMAT_VERSION, MEDIA_TYPES } from "../algorithms.js";
import { canonicalBytes } from "../json/canonical.js";
import { sha256Base64url } from "../json/digest.js";
import { isObject } from "../json/is-object.js";
import type { AgencyKeyRing } from "../keys/agency-key-ring.js";
import { keyStatus, type TrustedAgency, type TrustedKey } from "../keys/trust-directory.js";
import {
  AGREEMENT_PATTERN,
  type Envelope,
  EnvelopeHeader,
  RETENTION_PATTERN,
  type RecordMarking,
} from "./envelope-header.js";
import { gateRefusals, namedRecipients } from "./seal-gate.js";
import type { SealOption, SealProblem } from "./seal-problem.js";

/** How long an envelope may be opened when `expiresAt` is not given: seven days. */
export const DEFAULT_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
/** The longest an envelope may stay openable: a year and a day. */
export const MAX_LIFETIME_MS = 366 * 24 * 60 * 60 * 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Options of `sealEnvelope`. */
export interface SealOptions {
  /** The sending agency's private keys: its newest valid signing key signs. */
  readonly keys: AgencyKeyRing;
  /** The receiving agencies, with their public keys (from `readTrust`). */
  readonly to: readonly TrustedAgency[];
  /** Why the data are shared: a code of the consent_purpose list; the export gate checks consents against it. */
  readonly purpose: string;
  /** Reference of the data-sharing agreement (`DSA-TT-VE-2024-01`: letters, digits, `._:/-`, up to 128). */
  readonly agreement: string;
  /** How long the receiver may keep the data, as an ISO 8601 duration (`P5Y`, `P6M`, `P90D`). */
  readonly retention: string;
  /** Until when the envelope may be opened; default seven days from `now`, at most a year and a day. */
  readonly expiresAt?: Date;
  /** The message id this envelope answers. */
  readonly inReplyTo?: string;
  /** TLP 2.0 markings of single records, by record id, where they differ from the bundle's own marking. */
  readonly markings?: readonly RecordMarking[];
  /** The time of sealing; default the clock. */
  readonly now?: Date;
  /** The envelope's message id; default a random UUID. Give one only to re-create a known envelope in tests. */
  readonly messageId?: string;
}

/** A sealed envelope, or why the bundle was not sealed. */
export type SealResult =
  | {
      readonly ok: true;
      /** The envelope to send: JSON (`JSON.stringify` it). */
      readonly envelope: Envelope;
      readonly header: EnvelopeHeader;
      /** SHA-256 of the signed bundle, base64url: the receiver's receipt names it. */
      readonly digest: string;
    }
  | { readonly ok: false; readonly problem: SealProblem };

type Raw = Record<string, unknown>;

/**
 * Seals an exchange bundle for one or more agencies. The bundle is first put through `@tip/privacy`'s export
 * gate for every recipient and the purpose: if any record may not go (no consent for that purpose or that
 * recipient, a TLP:RED record to an agency the bundle does not name...) nothing is sealed. Then its RFC 8785
 * canonical form is signed with the sender's key (JWS, ES256), the envelope header and record markings in the
 * signed header, and the whole is encrypted (JWE, ECDH-ES+A256KW and A256GCM) for every current key of every
 * recipient. Never throws on the bundle: every problem is a `SealProblem` code.
 */
export async function sealEnvelope(bundle: unknown, options: SealOptions): Promise<SealResult> {
  const refuse = (problem: SealProblem): SealResult => ({ ok: false, problem });
  const invalid = (option: SealOption) => refuse({ code: "option_invalid", option });
  const now = options.now ?? new Date();
  const nowMs = now.getTime();
  if (!Number.isFinite(nowMs)) return invalid("now");
  if (!CODE_LISTS.consent_purpose.has(options.purpose)) return invalid("purpose");
  if (!AGREEMENT_PATTERN.test(options.agreement)) return invalid("agreement");
  if (!RETENTION_PATTERN.test(options.retention)) return invalid("retention");
  if (options.inReplyTo !== undefined && !UUID.test(options.inReplyTo)) return invalid("inReplyTo");
  if (options.messageId !== undefined && !UUID.test(options.messageId)) return invalid("messageId");
  const expiresMs = options.expiresAt?.getTime() ?? nowMs + DEFAULT_LIFETIME_MS;
  if (!(expiresMs > nowMs && expiresMs - nowMs <= MAX_LIFETIME_MS)) return invalid("expiresAt");

  const recipients = distinct(options.to);
  if (recipients.length === 0) return refuse({ code: "no_recipients" });
  const wrapKeys = new Map<string, TrustedKey[]>();
  for (const agency of recipients) {
    const usable = agency.keys.filter((key) => key.use === "enc" && keyStatus(key, nowMs, nowMs) === "ok");
    if (usable.length === 0) return refuse({ code: "recipient_has_no_key", agency: agency.agencyId });
    wrapKeys.set(agency.agencyId, usable);
  }
  const signing = options.keys.signingKeyAt(nowMs);
  if (signing === undefined) return refuse({ code: "sender_key_not_valid" });

  const read = readBundle(bundle);
  if ("problem" in read) return refuse(read.problem);
  const plain = read.bundle;
  const sender = options.keys.agencyId.toLowerCase();
  const bundleSender = isObject(plain.sender) ? plain.sender.agencyId : undefined;
  if (typeof bundleSender === "string" && bundleSender.toLowerCase() !== sender)
    return refuse({ code: "bundle_sender_mismatch" });
  const named = namedRecipients(plain.recipients);
  const notNamed = recipients.find((agency) => named.size > 0 && !named.has(agency.agencyId));
  if (notNamed) return refuse({ code: "recipient_not_named", agency: notNamed.agencyId });

  const markings = options.markings ?? [];
  const markingProblem = checkMarkings(markings, plain.records);
  if (markingProblem !== undefined) return refuse({ code: "marking_invalid", index: markingProblem });

  let refused: ReturnType<typeof gateRefusals>;
  try {
    refused = gateRefusals(plain, recipients, {
      purpose: options.purpose,
      on: now.toISOString().slice(0, 10),
      markings,
    });
  } catch {
    return refuse({ code: "bundle_unreadable" });
  }
  if (refused.length > 0) return refuse({ code: "export_refused", refused });

  let payload: Uint8Array;
  try {
    payload = canonicalBytes(plain);
  } catch {
    return refuse({ code: "bundle_unreadable" });
  }
  const header: EnvelopeHeader = EnvelopeHeader.parse({
    version: FORMAT_VERSION,
    messageId: (options.messageId ?? crypto.randomUUID()).toLowerCase(),
    ...(options.inReplyTo === undefined ? {} : { inReplyTo: options.inReplyTo.toLowerCase() }),
    sender,
    recipients: recipients.map((agency) => agency.agencyId),
    purpose: options.purpose,
    agreement: options.agreement,
    retention: options.retention,
    createdAt: now.toISOString(),
    expiresAt: new Date(expiresMs).toISOString(),
    tlp: plain.tlp,
  });
  const signed = await new CompactSign(payload)
    .setProtectedHeader({
      alg: ALGORITHMS.sign,
      kid: signing.kid,
      typ: MEDIA_TYPES.signedBundle,
      tip: { header, ...(markings.length === 0 ? {} : { markings: markings.map(normalMarking) }) },
    })
    .sign(signing.key);
  const signedBytes = new TextEncoder().encode(signed);
  const encrypt = new GeneralEncrypt(signedBytes).setProtectedHeader({
    alg: ALGORITHMS.keyWrap,
    enc: ALGORITHMS.content,
    typ: MEDIA_TYPES.envelope,
    cty: "JOSE",
    tip: header,
  });
  for (const keys of wrapKeys.values())
    for (const key of keys) encrypt.addRecipient(key.key).setUnprotectedHeader({ kid: key.kid });
  const envelope = (await encrypt.encrypt()) as Envelope;
  return { ok: true, envelope, header, digest: await sha256Base64url(signedBytes) };
}

/** The recipients once each (by agency id). */
function distinct(agencies: readonly TrustedAgency[]): TrustedAgency[] {
  const seen = new Set<string>();
  return agencies.filter((agency) => !seen.has(agency.agencyId) && seen.add(agency.agencyId) !== undefined);
}

/** The bundle as plain data (getters, proxies and cycles refused), with its records and marking. */
function readBundle(
  bundle: unknown,
): { bundle: Raw & { records: readonly unknown[]; tlp: string } } | { problem: SealProblem } {
  const read = readData(bundle);
  if (!read.ok) return { problem: { code: "bundle_unreadable" } };
  const value = read.value;
  // Such keys pollute any reader that merges objects naively: never sent, whoever receives them.
  if (hasForbiddenKey(value)) return { problem: { code: "forbidden_key" } };
  if (
    !isObject(value) ||
    value.recordType !== "bundle" ||
    !Array.isArray(value.records) ||
    !CODE_LISTS.tlp.has(value.tlp)
  )
    return { problem: { code: "not_a_bundle" } };
  return { bundle: value as Raw & { records: readonly unknown[]; tlp: string } };
}

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Whether a plain data value (from `readData`, so of bounded depth) holds a forbidden key at any depth. */
function hasForbiddenKey(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === null || typeof next !== "object") continue;
    if (Array.isArray(next)) for (const item of next) pending.push(item);
    else
      for (const [key, inner] of Object.entries(next)) {
        if (FORBIDDEN_KEYS.has(key)) return true;
        pending.push(inner);
      }
  }
  return false;
}

/** The position of the first marking that is not a TLP code for a record of the bundle, given once. */
function checkMarkings(markings: readonly RecordMarking[], records: readonly unknown[]): number | undefined {
  const ids = new Set(
    records
      .filter(isObject)
      .flatMap((record) => (typeof record.id === "string" ? [record.id.toLowerCase()] : [])),
  );
  const seen = new Set<string>();
  for (const [index, marking] of markings.entries()) {
    const id = typeof marking?.record === "string" ? marking.record.toLowerCase() : "";
    if (!UUID.test(id) || !ids.has(id) || seen.has(id) || !CODE_LISTS.tlp.has(marking.tlp)) return index;
    seen.add(id);
  }
  return undefined;
}

function normalMarking(marking: RecordMarking): RecordMarking {
  return { record: marking.record.toLowerCase(), tlp: marking.tlp };
}
