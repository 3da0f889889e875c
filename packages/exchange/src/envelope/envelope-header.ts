import { CODE_LISTS } from "@tip/schema";
import * as z from "zod";
import { ALGORITHMS, FORMAT_VERSION, MEDIA_TYPES } from "../algorithms.js";
import { AgencyId, Instant, Kid } from "../keys/key-documents.js";

/** A data-sharing agreement's reference: a short code, never free text (`DSA-TT-VE-2024-01`). */
export const AGREEMENT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;
/** A retention period as an ISO 8601 duration in years, months, weeks and days (`P5Y`, `P6M`, `P90D`). */
export const RETENTION_PATTERN = /^P(?=\d)(?:\d{1,4}Y)?(?:\d{1,4}M)?(?:\d{1,4}W)?(?:\d{1,5}D)?$/;

const Tlp = CODE_LISTS.tlp.schema;

/**
 * What an envelope says about itself, readable without decrypting it (so a node can route and keep it) and
 * signed inside it (so nobody can change it): which message, in reply to what, from which agency to which,
 * why, under which agreement, how long it may be kept, when it was made and until when it may be opened, and
 * its TLP 2.0 marking. Ids, codes and times only: nothing personal.
 */
export const EnvelopeHeader = z
  .strictObject({
    version: z.literal(FORMAT_VERSION),
    /** A fresh UUID per envelope; a receiver opens each message id once. */
    messageId: z.uuid(),
    /** The message this one answers, if any. */
    inReplyTo: z.uuid().optional(),
    /** The sending agency's id. */
    sender: AgencyId,
    /** The agencies that may open it. */
    recipients: z.array(AgencyId).min(1).max(100),
    /** Why the data are shared: a code of the consent_purpose list, the one the export gate checked. */
    purpose: CODE_LISTS.consent_purpose.schema,
    /** The data-sharing agreement the exchange runs under. */
    agreement: z.string().regex(AGREEMENT_PATTERN),
    /** How long the receiver may keep the data, ISO 8601 duration. */
    retention: z.string().regex(RETENTION_PATTERN),
    createdAt: Instant,
    /** After this moment the envelope is refused. */
    expiresAt: Instant,
    /** TLP 2.0 marking of the bundle; records may carry a stricter one (markings, inside). */
    tlp: Tlp,
  })
  .refine((header) => Date.parse(header.createdAt) < Date.parse(header.expiresAt), {
    message: "expires_before_created",
  })
  .refine(
    (header) => new Set(header.recipients.map((id) => id.toLowerCase())).size === header.recipients.length,
    {
      message: "recipient_twice",
    },
  );
export type EnvelopeHeader = z.output<typeof EnvelopeHeader>;

/** A TLP 2.0 marking of one record, by the record's id (UUID), when it differs from the bundle's. */
export const RecordMarking = z.strictObject({ record: z.uuid(), tlp: Tlp });
export type RecordMarking = z.output<typeof RecordMarking>;

/** The header of the signed bundle inside the envelope: the envelope header and the records' markings. */
export const SignedHeader = z.strictObject({
  alg: z.literal(ALGORITHMS.sign),
  kid: Kid,
  typ: z.literal(MEDIA_TYPES.signedBundle),
  tip: z.strictObject({
    header: EnvelopeHeader,
    markings: z.array(RecordMarking).max(1_000_000).optional(),
  }),
});
export type SignedHeader = z.output<typeof SignedHeader>;

/** An ephemeral public key of ECDH-ES. */
const EphemeralKey = z.strictObject({
  kty: z.literal("EC"),
  crv: z.literal(ALGORITHMS.curve),
  x: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  y: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});

/**
 * The protected header of the envelope (JWE): algorithms, type, and the envelope header. With a single
 * recipient key, the ephemeral key of the key agreement sits here rather than in the recipient's entry.
 */
export const EnvelopeProtectedHeader = z.strictObject({
  epk: EphemeralKey.optional(),
  alg: z.literal(ALGORITHMS.keyWrap),
  enc: z.literal(ALGORITHMS.content),
  typ: z.literal(MEDIA_TYPES.envelope),
  /** The plaintext is a compact JWS (RFC 7516 §4.1.12). */
  cty: z.literal("JOSE"),
  tip: EnvelopeHeader,
});

const Segment = z.string().regex(/^[A-Za-z0-9_-]+$/);

/** One recipient's entry: which of its keys, the ephemeral public key (unless in the protected header), the wrapped content key. */
const RecipientEntry = z.strictObject({
  header: z.strictObject({ kid: Kid, epk: EphemeralKey.optional() }),
  encrypted_key: Segment,
});

/**
 * An envelope as it travels: a JWE in the general JSON serialization (RFC 7516 §7.2.1), one recipient entry
 * per key of each receiving agency. Nothing else is allowed: no unprotected shared header, no extra data.
 */
export const EnvelopeJwe = z.strictObject({
  protected: Segment,
  recipients: z.array(RecipientEntry).min(1).max(1000),
  iv: Segment,
  ciphertext: Segment,
  tag: Segment,
});
/** An envelope as it travels (JSON). */
export type Envelope = z.output<typeof EnvelopeJwe>;
