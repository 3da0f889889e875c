import { wordsOf } from "./htcds-names.js";

/**
 * An HTCDS case describes referrals from the point of view of the organisation keeping it: an incoming one (the
 * referring organisation sent the person to us: `cas_ReferringOrganisation`, `cas_IncomingReferralDate`, ...) and
 * an outgoing one (we sent them on: `cas_ReferredOrganisation`, `cas_OutgoingReferralDate`, ...). They are two
 * referrals of the model, told apart by these words of the HTCDS field names.
 */
export type ReferralDirection = "incoming" | "outgoing";

const known = new Map<string, ReferralDirection | undefined>();

/** The direction an HTCDS referral field belongs to, or `undefined` for a field of neither. */
export function directionOf(name: string): ReferralDirection | undefined {
  if (known.has(name)) return known.get(name);
  const words = wordsOf(name);
  let direction: ReferralDirection | undefined;
  if (words.includes("incoming") || words.includes("referring")) direction = "incoming";
  else if (words.includes("outgoing") || words.includes("referred")) direction = "outgoing";
  // Only field names of the file's header reach here: a bounded, non-personal set.
  if (known.size < 10_000) known.set(name, direction);
  return direction;
}
