import { FORMAT_VERSION } from "../algorithms.js";
import type { AgencyKeyRing } from "../keys/agency-key-ring.js";
import { type REPORTED_STATUSES, Receipt, StatusUpdate } from "./message-bodies.js";
import { type SignedMessage, signMessage } from "./sign-message.js";

/** Options of `createReceipt`. */
export interface ReceiptOptions {
  /** The receiving agency's private keys: it signs the receipt. */
  readonly keys: AgencyKeyRing;
  /** The message id of the envelope answered. */
  readonly inReplyTo: string;
  /** The agency that sent the envelope. */
  readonly to: string;
  readonly outcome: "accepted" | "rejected";
  /**
   * What was wrong, as codes with counts (validation's `summary.byCode`, or a refusal code with count 1).
   * Required (non-empty) for a rejection. Codes only: never a value.
   */
  readonly issues?: Readonly<Record<string, number>>;
  /** The `digest` of the opened envelope: binds the receipt to exactly those bytes. */
  readonly digest?: string;
  readonly now?: Date;
  /** Default a random UUID. */
  readonly messageId?: string;
}

/**
 * A signed receipt for an envelope: accepted, or rejected with issue codes and counts. Throws a `RangeError`
 * for options that make no valid receipt (a rejection without issues, a code that is not snake_case, ids
 * that are not UUIDs) and when the agency has no signing key valid now: these are the caller's mistakes, not
 * data.
 */
export async function createReceipt(options: ReceiptOptions): Promise<SignedMessage> {
  const issues = Object.entries(options.issues ?? {})
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const body = Receipt.safeParse({
    type: "receipt",
    ...commonOf(options),
    ...(options.digest === undefined ? {} : { digest: options.digest }),
    outcome: options.outcome,
    issues,
  });
  if (!body.success) throw new RangeError("These receipt options make no valid receipt");
  return signMessage(body.data, options.keys);
}

/** Options of `createStatusUpdate`. */
export interface StatusUpdateOptions {
  /** The agency reporting (the one that received the referral): it signs. */
  readonly keys: AgencyKeyRing;
  /** The message id of the envelope that carried the referral. */
  readonly inReplyTo: string;
  /** The agency that sent the referral. */
  readonly to: string;
  /** The referral record's id. */
  readonly referralId: string;
  /** The new status: a code of referral_status other than draft and sent (`accepted`, `declined`, `completed`...). */
  readonly status: (typeof REPORTED_STATUSES)[number];
  readonly now?: Date;
  readonly messageId?: string;
}

/**
 * A signed status update of a referral received in an envelope (accepted, declined, completed...), for its
 * sender. Throws a `RangeError` for options that make no valid update and when the agency has no signing key
 * valid now.
 */
export async function createStatusUpdate(options: StatusUpdateOptions): Promise<SignedMessage> {
  const body = StatusUpdate.safeParse({
    type: "status",
    ...commonOf(options),
    referralId: options.referralId.toLowerCase(),
    status: options.status,
  });
  if (!body.success) throw new RangeError("These status options make no valid status update");
  return signMessage(body.data, options.keys);
}

function commonOf(options: {
  keys: AgencyKeyRing;
  inReplyTo: string;
  to: string;
  now?: Date;
  messageId?: string;
}) {
  return {
    version: FORMAT_VERSION,
    messageId: (options.messageId ?? crypto.randomUUID()).toLowerCase(),
    inReplyTo: options.inReplyTo.toLowerCase(),
    from: options.keys.agencyId.toLowerCase(),
    to: options.to.toLowerCase(),
    createdAt: (options.now ?? new Date()).toISOString(),
  };
}
