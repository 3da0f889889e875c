import type { IssueParams } from "./issue.js";

/** An issue before localisation: code, path segments and non-personal parameters. */
export interface RawIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly params: IssueParams;
}
