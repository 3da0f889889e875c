import type { Issue } from "@tip/schema";

/** An issue with where it was found: file, line (1-based), CSV column (1-based), record position (0-based). */
export interface Located extends Issue {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly recordIndex?: number;
}

/** Counts of one record type. */
export interface RecordTypeCounts {
  total: number;
  valid: number;
  invalid: number;
}

/**
 * The outcome of validating a stream or bundle. `valid + invalid + skipped === total` always: `total` counts
 * records (non-blank lines, CSV rows, array elements); `skipped` ones could not be read or checked.
 */
export interface Summary {
  readonly total: number;
  readonly valid: number;
  readonly invalid: number;
  readonly skipped: number;
  /**
   * Issues of severity `error`, kept or not. Can be above zero with `invalid === 0` when the input itself is at
   * fault (not in the declared format, an unknown CSV column, an empty file).
   */
  readonly errors: number;
  /** Issues of each code, all of them, including those not kept in `issues`. */
  readonly byCode: Record<string, number>;
  /** Counts of each record type among the records that were checked and had a known `recordType`. */
  readonly byRecordType: Record<string, RecordTypeCounts>;
  /** The first issues found, at most `maxIssues`, in input order (checks across records come last). */
  readonly issues: Located[];
  /** Whether more issues were found than kept. */
  readonly truncated: boolean;
}
