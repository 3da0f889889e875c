import type { IssueCode } from "../issue-code.js";

/** One locale's message template for every issue code; `{name}` placeholders take the issue's params. */
export type IssueMessages = { readonly [C in IssueCode]: string };
