import { CODE_LISTS } from "@tip/schema";
import * as z from "zod";
import { FORMAT_VERSION } from "../algorithms.js";
import { AgencyId, Instant } from "../keys/key-documents.js";

/** An issue or refusal code (snake_case): what a rejection names, never a value. */
export const IssueCode = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/);

const common = {
  version: z.literal(FORMAT_VERSION),
  /** This message's own id. */
  messageId: z.uuid(),
  /** The envelope this message is about. */
  inReplyTo: z.uuid(),
  /** The agency that signs it. */
  from: AgencyId,
  /** The agency it is for. */
  to: AgencyId,
  createdAt: Instant,
};

/**
 * A receipt: the receiving agency's signed answer to an envelope. `accepted`, or `rejected` with the codes of
 * what was wrong and how often (validation issue codes or refusal codes): never a value, a pointer or an id of
 * the content. `digest` names exactly the signed bundle received (SHA-256, base64url).
 */
export const Receipt = z
  .strictObject({
    type: z.literal("receipt"),
    ...common,
    digest: z
      .string()
      .regex(/^[A-Za-z0-9_-]{43}$/)
      .optional(),
    outcome: z.enum(["accepted", "rejected"]),
    issues: z.array(z.strictObject({ code: IssueCode, count: z.int().min(1) })).max(1000),
  })
  .refine((receipt) => receipt.outcome === "accepted" || receipt.issues.length > 0, {
    message: "rejected_without_issue",
  });
export type Receipt = z.output<typeof Receipt>;

/** Referral statuses a receiving agency reports back (a referral's lifecycle after it was sent). */
export const REPORTED_STATUSES = CODE_LISTS.referral_status.codes.filter(
  (code) => code !== "draft" && code !== "sent",
);

/**
 * A status update: the receiving agency tells the sender where a referral it received now stands (accepted,
 * declined, in progress, completed...). It names the referral by its record id and the envelope that carried
 * it; nothing else of the referral.
 */
export const StatusUpdate = z.strictObject({
  type: z.literal("status"),
  ...common,
  referralId: z.uuid(),
  status: z.enum(REPORTED_STATUSES as [string, ...string[]]),
});
export type StatusUpdate = z.output<typeof StatusUpdate>;

/** Either signed message. */
export const SignedMessageBody = z.discriminatedUnion("type", [Receipt, StatusUpdate]);
export type SignedMessageBody = Receipt | StatusUpdate;
