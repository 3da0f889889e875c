import type { IssueCode } from "@tip/schema";

/** The realistic mistakes the generator can put in a victim record or in a published figure (aggregate). */
export type ErrorKind =
  | "recruitment_after_start"
  | "citizenship_typo"
  | "alpha3_citizenship"
  | "age_mismatch"
  | "labour_industry_without_labour"
  | "age_as_text"
  | "figure_without_value"
  | "withheld_figure_with_value"
  | "form_in_citizenship_breakdown"
  | "country_in_form_breakdown"
  | "figure_as_text";

/** A mistake put in a record on purpose, with the issue `checkRecord` must report for it. */
export interface InjectedError {
  readonly kind: ErrorKind;
  /** The type of record it is put in. */
  readonly recordType: "victim" | "aggregate";
  /** Issue code expected from `checkRecord`. */
  readonly code: IssueCode;
  /** JSON Pointer at which the issue is expected (other issues of the same code may accompany it). */
  readonly path: string;
  readonly description: string;
}
