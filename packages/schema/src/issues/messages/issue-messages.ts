import type { ProfileIssueCode } from "../../profiles/profile-issue-codes.js";
import type { IssueCode } from "../issue-code.js";

/**
 * One locale's message for every issue code, in ICU MessageFormat: `{name}` takes the issue's param of that name,
 * `{count, number}` and `{count, plural, ...}` show counts the locale's way (see `formatIcu`).
 */
export type IssueMessages = { readonly [C in IssueCode]: string };

/** One locale's message for every problem of a profile document, in ICU MessageFormat. */
export type ProfileMessages = { readonly [C in ProfileIssueCode]: string };
