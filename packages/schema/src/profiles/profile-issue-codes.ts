/** The problems a profile document can have, each located by a JSON Pointer into the document. */
export const PROFILE_ISSUE_CODES = [
  "profile_invalid_json",
  "profile_forbidden_key",
  "profile_too_deep",
  "profile_invalid",
  "profile_unknown_base",
  "profile_base_cycle",
  "profile_unknown_rule",
  "profile_relaxes_error",
  "profile_unknown_field",
  "profile_unknown_code_list",
  "profile_unknown_code",
  "profile_code_exists",
  "profile_code_list_exists",
  "profile_field_exists",
  "profile_missing_code_list",
] as const;

/** A problem of a profile document. */
export type ProfileIssueCode = (typeof PROFILE_ISSUE_CODES)[number];
