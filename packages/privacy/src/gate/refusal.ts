/** Why a record may not be sent. */
export const REFUSAL_CODES = [
  "consent_missing",
  "consent_not_given",
  "consent_withdrawn",
  "consent_expired",
  "consent_purpose_not_covered",
  "consent_recipient_not_covered",
  "victim_not_in_export",
  "linked_victim_refused",
  "tlp_red_not_addressed",
  "not_a_record",
  "unreadable_record",
  "envelope_unreadable",
] as const;

/** A reason for refusing a record. */
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/**
 * One record the gate refused, named by its id (record ids are random, never personal data) and the missing
 * permission. Params are ids and codes only, never values of the record.
 */
export interface Refusal {
  /** The record's id; for an item that is no record, `#<position>` (1-based) in the input. */
  readonly id: string;
  readonly recordType: string;
  readonly code: RefusalCode;
  readonly params: {
    readonly purpose: string;
    readonly recipient: string;
    /** The victim the record concerns, for records refused because of that victim's consent. */
    readonly victimId?: string;
    /** The consent the record names (a referral's `consentId`), if it was the one checked. */
    readonly consentId?: string;
  };
}
