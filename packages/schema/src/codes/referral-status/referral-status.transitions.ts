import type { CodeOf } from "../define-code-list.js";
import { referralStatus } from "./referral-status.codes.js";

/** A referral lifecycle status code. */
export type ReferralStatusCode = CodeOf<typeof referralStatus>;

/**
 * The statuses a referral may move to next, per current status. `declined`, `completed` and `withdrawn`
 * are terminal. A referral can be withdrawn until the receiving agency has decided or finished, except
 * once `received` (the receiver must accept or decline).
 */
export const REFERRAL_TRANSITIONS: Readonly<Record<ReferralStatusCode, readonly ReferralStatusCode[]>> = {
  draft: ["sent", "withdrawn"],
  sent: ["received", "withdrawn"],
  received: ["accepted", "declined"],
  accepted: ["in_progress", "completed", "withdrawn"],
  in_progress: ["completed", "withdrawn"],
  declined: [],
  completed: [],
  withdrawn: [],
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
