import { EnvelopeHeader, REFUSAL_CODES, Receipt, StatusUpdate } from "@tip/exchange";
import { z } from "zod";
import { AUTH_PROBLEMS } from "../auth/verify-request.js";

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
] as const;

/** Every error answer: a code, never a value of the request. */
export const ErrorBody = z.strictObject({
  code: z.enum([...REFUSAL_CODES, ...AUTH_PROBLEMS, ...NODE_ERRORS]),
  kid: z.string().optional().describe("the public key's id, for key problems"),
  receipt: z
    .unknown()
    .optional()
    .describe("for a replayed envelope: the receipt given the first time, to its sender only"),
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
