import type { MessageLocale } from "../i18n/message-locale.js";
import { compileProfile } from "../profiles/compiled-profile.js";
import { foldWith } from "../profiles/fold-to-core.js";
import type { Profile } from "../profiles/profile.js";
import { profileIssues } from "../profiles/profile-issues.js";
import { type CheckResult, type CheckSetup, checkCore } from "./check-core.js";

/**
 * Checks a record read as data with a national profile: national codes folded to their core codes for the core
 * checks (with the profile's rule severities), then the profile's own checks on the record as given.
 */
export function checkWithProfile(
  input: unknown,
  locale: MessageLocale,
  pointerPrefix: string,
  profile: Profile,
  setup: CheckSetup,
): CheckResult {
  const compiled = compileProfile(profile);
  const folded = foldWith(input, compiled);
  const core = checkCore(folded, locale, pointerPrefix, setup, compiled.severities);
  if (core.recordType === undefined) return core;
  const more = profileIssues(input, compiled, locale, pointerPrefix);
  const issues = more.length === 0 ? core.issues : [...core.issues, ...more];
  const ok = !issues.some((issue) => issue.severity === "error");
  if (core.value === undefined) return { ok, recordType: core.recordType, issues };
  return { ok, recordType: core.recordType, value: folded === input ? core.value : input, issues };
}
