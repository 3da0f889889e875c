import type { Refusal as GateRefusal } from "@tip/privacy";

/** Why a bundle was not sealed. */
export const SEAL_PROBLEM_CODES = [
  "option_invalid",
  "no_recipients",
  "recipient_has_no_key",
  "sender_key_not_valid",
  "not_a_bundle",
  "bundle_unreadable",
  "forbidden_key",
  "bundle_sender_mismatch",
  "recipient_not_named",
  "marking_invalid",
  "export_refused",
] as const;

/** A reason for not sealing. */
export type SealProblemCode = (typeof SEAL_PROBLEM_CODES)[number];

/** The options `option_invalid` can name. */
export type SealOption =
  | "purpose"
  | "agreement"
  | "retention"
  | "expiresAt"
  | "inReplyTo"
  | "messageId"
  | "now";

/**
 * Why a bundle was not sealed, with what locates it: the option, the recipient agency (its id: agency ids are
 * no personal data), the marking's position, or the records the export gate refused (by record id and code,
 * as `@tip/privacy` gives them). Nothing is sealed when anything is refused: no consent, no envelope.
 */
export interface SealProblem {
  readonly code: SealProblemCode;
  readonly option?: SealOption;
  readonly agency?: string;
  /** Position (0-based) of the marking in `markings`. */
  readonly index?: number;
  readonly refused?: readonly GateRefusal[];
}
