import type * as z from "zod";
import { PROBLEM_TYPE_PREFIX } from "./problem-type.js";
import type { ErrorBody } from "./schemas.js";

export { PROBLEM_MEDIA_TYPE, PROBLEM_TYPE_PREFIX } from "./problem-type.js";

/** An error code the node can answer with. */
export type ErrorCode = z.output<typeof ErrorBody>["code"];

/** The extension members an answer may carry besides `code`. */
export type ProblemExtras = Omit<z.output<typeof ErrorBody>, "type" | "title" | "status" | "code">;

/**
 * The title of each code: short fixed English, the same for every answer with that code, never a value of the
 * request. Some codes (`unknown_key`, `key_revoked`...) serve both a request signature and an envelope's.
 */
export const PROBLEM_TITLES: Readonly<Record<ErrorCode, string>> = {
  // Envelope and message refusals (@tip/exchange).
  too_large: "Envelope too large",
  not_json: "Not JSON text in UTF-8",
  not_an_envelope: "Not an envelope of the exchange",
  unsupported_algorithm: "Algorithm not accepted",
  header_invalid: "Envelope header not valid",
  not_a_recipient: "Not addressed to this agency",
  undecryptable: "Envelope cannot be decrypted",
  signed_content_invalid: "Signed content not valid",
  unknown_key: "Signing key not trusted",
  sender_key_mismatch: "Signing key not the sender's",
  key_revoked: "Signing key revoked",
  key_not_valid: "Signing key not valid at that time",
  bad_signature: "Signature does not match",
  header_mismatch: "Header differs from the signed header",
  not_yet_valid: "Message dated in the future",
  expired: "Envelope expired",
  replayed: "Message id seen before",
  replay_check_failed: "Replay check failed",
  payload_invalid: "Signed content not a canonical bundle",
  bundle_sender_mismatch: "Bundle sender differs from the envelope's",
  not_a_message: "Not a receipt or status message",
  not_the_expected_reply: "Not the expected reply",
  open_failed: "Envelope could not be processed",
  // Request signatures.
  signature_missing: "Request signature missing",
  signature_malformed: "Request signature malformed",
  request_mismatch: "Signed request does not match",
  request_expired: "Signed request expired",
  request_replayed: "Signed request replayed",
  // The node's own.
  not_found: "Not found",
  forbidden: "Not allowed for this agency",
  sender_not_caller: "Sender is not the calling agency",
  body_too_large: "Request body too large",
  rate_limited: "Too many requests",
  bad_request: "Query not valid",
  storage_failed: "Request could not be completed",
  not_a_status_update: "Not a status update",
  envelope_deleted: "Envelope content deleted",
};

/** The problem type URI of a code. */
export function problemType(code: ErrorCode): string {
  return `${PROBLEM_TYPE_PREFIX}${code}`;
}

/**
 * The body of an error answer: an RFC 9457 problem details object with `type`, `title` and `status`, the
 * `code` clients read, and the extension members given. No `detail` or `instance`: nothing of the request.
 */
export function problemDetails(
  code: ErrorCode,
  status: number,
  extras: ProblemExtras = {},
): z.output<typeof ErrorBody> {
  const body: z.output<typeof ErrorBody> = {
    type: problemType(code),
    title: PROBLEM_TITLES[code],
    status,
    code,
  };
  // Only the known extension members, each when given: nothing else can slip into an answer.
  for (const member of EXTENSION_MEMBERS)
    if (extras[member] !== undefined) Object.assign(body, { [member]: extras[member] });
  return body;
}

const EXTENSION_MEMBERS = [
  "kid",
  "receipt",
  "because",
  "deletedAt",
] as const satisfies readonly (keyof ProblemExtras)[];
