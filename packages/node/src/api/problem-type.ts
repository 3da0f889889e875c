// The two constants of problem answers that the answer schemas need too; apart from problems.ts, which
// imports those schemas' types, so that neither imports the other.

/** The media type of every error answer (RFC 9457, "Problem Details for HTTP APIs"). */
export const PROBLEM_MEDIA_TYPE = "application/problem+json";

/**
 * The start of every problem type: the address of the code's row in this package's README (`#problem-<code>`),
 * where the code is explained. RFC 9457 asks for an absolute URI that, when it can be fetched, documents the
 * problem type; programs compare it and never need to fetch it. The code after it is the `code` member.
 */
export const PROBLEM_TYPE_PREFIX =
  "https://github.com/tip-sdk/tip-sdk/blob/main/packages/node/README.md#problem-";
