import type { IssueParams, Severity } from "../issues/issue.js";

/** What a rule reports: where (path segments into the record) and with which non-personal parameters. */
export interface RuleFinding {
  readonly path: readonly (string | number)[];
  readonly params?: IssueParams;
}

/** A record-level cross-field rule: the constraints JSON Schema cannot express. */
export interface Rule<T, C extends string = string> {
  /** Stable snake_case issue code. */
  readonly code: C;
  /** The record type the rule applies to. */
  readonly recordType: string;
  readonly severity: Severity;
  /** The clause or practice the rule enforces, for the rule catalogue. */
  readonly clause: string;
  /** Field ids the rule reads, for the documentation. */
  readonly fields: readonly string[];
  /**
   * Checks one structurally valid record, pushing a finding into `found` for each problem; never throws on
   * data. A record without problems allocates nothing: the rules run on every record of a national export.
   */
  readonly check: (record: T, found: RuleFinding[]) => void;
}

/** Declares a rule, keeping its code as a string literal so issue codes form a checked union. */
export function defineRule<T, const C extends string>(rule: Rule<T, C>): Rule<T, C> {
  return rule;
}
