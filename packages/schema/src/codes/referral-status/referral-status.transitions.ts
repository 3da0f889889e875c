import type { CodeOf } from "../define-code-list.js";
import { referralStatus } from "./referral-status.codes.js";

/** A referral lifecycle status code. */
export type ReferralStatusCode = CodeOf<typeof referralStatus>;

/**
 * The statuses a referral may move to next, per current status (compare the FHIR Task state machine).
 * - The receiver decides after receipt (accept or decline) and may also decline straight from `sent`.
 * - The sender may withdraw until the referral ends, `received` included (the person may change their mind).
 * - Services may be put `on_hold` and resumed; a referral that cannot be carried out `failed`.
 * - `declined`, `completed`, `withdrawn` and `failed` end the referral; any status, those included, may be
 *   marked `entered_in_error` (a record made by mistake), which nothing follows.
 */
export const REFERRAL_TRANSITIONS: Readonly<Record<ReferralStatusCode, readonly ReferralStatusCode[]>> = {
  draft: ["sent", "withdrawn", "entered_in_error"],
  sent: ["received", "declined", "withdrawn", "failed", "entered_in_error"],
  received: ["accepted", "declined", "withdrawn", "entered_in_error"],
  accepted: ["in_progress", "completed", "on_hold", "withdrawn", "failed", "entered_in_error"],
  in_progress: ["completed", "on_hold", "withdrawn", "failed", "entered_in_error"],
  on_hold: ["in_progress", "withdrawn", "failed", "entered_in_error"],
  declined: ["entered_in_error"],
  completed: ["entered_in_error"],
  withdrawn: ["entered_in_error"],
  failed: ["entered_in_error"],
  entered_in_error: [],
};

/**
 * Whether a referral may move directly from status `from` to status `to`.
 * Unknown statuses and staying in the same status are not allowed transitions.
 */
export function isAllowedTransition(from: string, to: string): boolean {
  if (!referralStatus.has(from) || !referralStatus.has(to)) return false;
  return REFERRAL_TRANSITIONS[from].includes(to);
}

/**
 * Checks a referral's status history, oldest first, against the lifecycle. A valid history starts at
 * `draft` and each later entry is an allowed transition from the one before it.
 *
 * @returns the index of the first entry that could not have been reached (an unknown status, a first entry
 * other than `draft`, or a disallowed step from the previous entry), or -1 when the whole history is
 * reachable (including an empty history).
 */
export function isReachableHistory(statuses: readonly string[]): number {
  for (let i = 0; i < statuses.length; i++) {
    const status = statuses[i] as string;
    if (i === 0 ? status !== "draft" : !isAllowedTransition(statuses[i - 1] as string, status)) return i;
  }
  return -1;
}
