import { EnvelopeHeader, REFUSAL_CODES, Receipt, StatusUpdate } from "@tip/exchange";
import * as z from "zod";
import { AUTH_PROBLEMS } from "../auth/verify-request.js";
import { PROBLEM_TYPE_PREFIX } from "./problem-type.js";

/** Error codes of the node itself (besides the envelope refusals and signature problems). */
export const NODE_ERRORS = [
  "not_found",
  "forbidden",
  "sender_not_caller",
  "body_too_large",
  "rate_limited",
  "bad_request",
  "storage_failed",
  "not_a_status_update",
  "envelope_deleted",
] as const;

/** Why an envelope's body was deleted: its retention period ran out, or it expired unacknowledged. */
export const DeletionReason = z
  .enum(["retention", "expired"])
  .describe(
    "retention: the retention period the sender set, counted from reception, ran out; expired: the envelope expired before this agency acknowledged it",
  );

/**
 * Every error answer: an RFC 9457 problem details object (`application/problem+json`) whose `type` and `title`
 * follow from the code, never a value of the request.
 */
export const ErrorBody = z.strictObject({
  type: z
    .string()
    .regex(new RegExp(`^${PROBLEM_TYPE_PREFIX.replaceAll(".", "\\.")}[a-z_]+$`))
    .describe(
      "the problem type: the address of the code's explanation in the node's README, ending in #problem-<code>",
    ),
  title: z
    .string()
    .describe("a short English summary of the problem type, the same for every answer with this code"),
  status: z.int().min(400).max(599).describe("the HTTP status code of the answer"),
  code: z
    .enum([...REFUSAL_CODES, ...AUTH_PROBLEMS, ...NODE_ERRORS])
    .describe("why, as a code (the last part of the type); what clients read"),
  kid: z.string().optional().describe("the public key's id, for key problems"),
  receipt: z
    .unknown()
    .optional()
    .describe("for a replayed envelope: the receipt given the first time, to its sender only"),
  because: DeletionReason.optional().describe("for envelope_deleted: why the body was deleted"),
  deletedAt: z.iso.datetime().optional().describe("for envelope_deleted: when the body was deleted"),
});

/** A signed receipt or status update in the flattened JWS JSON serialization. */
export const SignedMessageBody = z
  .strictObject({ protected: z.string(), payload: z.string(), signature: z.string() })
  .describe("a JWS (flattened JSON serialization) of a Receipt or StatusUpdate");

/** The answer to an envelope: the signed receipt (accepted or rejected). */
export const ReceiptAnswer = z.strictObject({
  messageId: z.uuid(),
  outcome: z.enum(["accepted", "rejected"]),
  receipt: SignedMessageBody,
});

/** One accepted envelope in the inbox, without its content. */
export const InboxItem = z.strictObject({
  seq: z.int().min(1),
  messageId: z.uuid(),
  sender: z.string(),
  purpose: z.string(),
  agreement: z.string(),
  retention: z.string(),
  tlp: z.string(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  receivedAt: z.iso.datetime(),
  digest: z.string(),
  acknowledgedAt: z.iso.datetime().nullable(),
  deletedAt: z.iso
    .datetime()
    .nullable()
    .describe("when the node deleted the envelope's content (it can no longer be fetched); null while kept"),
  deletedBecause: DeletionReason.nullable().describe("why the content was deleted; null while kept"),
});

export const InboxPage = z.strictObject({
  items: z.array(InboxItem),
  next: z.int().min(0).describe("pass as `after` to read on"),
});

export const Acknowledgement = z.strictObject({ messageId: z.uuid(), acknowledgedAt: z.iso.datetime() });

export const StatusItem = z.strictObject({
  seq: z.int().min(1),
  messageId: z.uuid(),
  inReplyTo: z.uuid(),
  sender: z.string(),
  referralId: z.uuid(),
  status: z.string(),
  createdAt: z.iso.datetime(),
  receivedAt: z.iso.datetime(),
  message: SignedMessageBody,
});

export const StatusPage = z.strictObject({ items: z.array(StatusItem), next: z.int().min(0) });

export const StatusStored = z.strictObject({ messageId: z.uuid() });

export const Health = z.strictObject({
  status: z.literal("ok"),
  agency: z.string(),
  database: z.enum(["pglite", "postgres"]),
});

/** Query of the list endpoints. */
export const PageQuery = z.strictObject({
  after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  pending: z.enum(["true", "false"]).optional(),
  about: z.uuid().optional(),
});

/** The schemas the OpenAPI document describes, besides the ones above. */
export const EXCHANGE_SCHEMAS = {
  EnvelopeHeader: EnvelopeHeader,
  Receipt: Receipt,
  StatusUpdate: StatusUpdate,
} as const;
