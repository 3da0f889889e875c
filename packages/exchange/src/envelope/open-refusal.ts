/** Why an envelope, a receipt or a status message was refused. */
export const REFUSAL_CODES = [
  "too_large",
  "not_json",
  "not_an_envelope",
  "unsupported_algorithm",
  "header_invalid",
  "not_a_recipient",
  "undecryptable",
  "signed_content_invalid",
  "unknown_key",
  "sender_key_mismatch",
  "key_revoked",
  "key_not_valid",
  "bad_signature",
  "header_mismatch",
  "not_yet_valid",
  "expired",
  "replayed",
  "replay_check_failed",
  "payload_invalid",
  "bundle_sender_mismatch",
  "not_a_message",
  "not_the_expected_reply",
  "open_failed",
] as const;

/** A reason for refusing what was received. */
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/**
 * What was refused and why. Nothing of the content comes with it: no partial data, no value of the input.
 * `kid` (a public key's id, no secret) is given for the key problems, so an operator knows which key.
 */
export interface Refusal {
  readonly code: RefusalCode;
  readonly kid?: string;
}
