import type { Issue } from "@tip/schema";

/** How a source field fared in a conversion. */
export type FieldOutcome = "mapped" | "unmapped" | "lossy";

/** One source or target field's fate, counted over all rows. */
export interface FieldReport {
  /** The field (column) name in the source or target standard. */
  readonly field: string;
  readonly outcome: FieldOutcome;
  /** Canonical field ids it was mapped to or from (e.g. `victim.gender`). */
  readonly canonical: readonly string[];
  /** Rows in which the field had a value. */
  readonly rows: number;
  /** For `unmapped`: where the values were kept (`extensions.htcds`); for `lossy`: what was merged or dropped. */
  readonly note?: string;
}

/** A source value that could not be read: where it was, never what it was. */
export interface InvalidSourceValue {
  readonly row: number;
  readonly column: string;
  readonly code: string;
  /** Code list or format it should have matched. */
  readonly expected?: string;
}

/** Records upgraded from an older model version: how many, and each kind of change with its count. */
export interface MigrationReport {
  readonly from: string;
  readonly to: string;
  /** Records migrated (a bundle counts its records). */
  readonly records: number;
  /** Kinds of change (naming fields, never values) with how many times each was made; empty when none. */
  readonly changes: readonly { readonly kind: string; readonly count: number }[];
}

/**
 * What a conversion did. Every input row is accounted for: `rows.total = rows.converted + rows.invalid + rows.skipped`.
 * `converted` rows produced a record that validates; `invalid` rows produced a record with errors (kept, reported);
 * `skipped` rows produced nothing, each with a reason.
 */
export interface ConversionReport {
  readonly from: string;
  readonly to: string;
  /**
   * The sheet of a workbook the rows were read from, by position (1 = the first sheet; never by name, which can
   * hold anything): rows and columns of the report are that sheet's. Absent when the input is not a workbook.
   */
  readonly sheet?: number;
  readonly rows: {
    readonly total: number;
    readonly converted: number;
    readonly invalid: number;
    readonly skipped: number;
  };
  readonly fields: readonly FieldReport[];
  readonly invalidValues: readonly InvalidSourceValue[];
  /** Rows that produced no record; `line` (from 1) where a row that could not be read as CSV starts. */
  readonly skipped: readonly { readonly row: number; readonly reason: string; readonly line?: number }[];
  /** Validation issues of the converted records, located by source row. */
  readonly issues: readonly (Issue & { readonly row: number })[];
  /**
   * Entries left out of the lists above once a list reached its limit (`ReportBuilder`'s `maxListed`), so a
   * report of a huge file stays small; the row counts are always complete. Absent when nothing was left out.
   */
  readonly omitted?: { readonly invalidValues: number; readonly skipped: number; readonly issues: number };
  /** Upgrades from older model versions (canonical input only), one entry per version found. */
  readonly migrations?: readonly MigrationReport[];
}

/** The result of every conversion: the records and the report. */
export interface ConversionResult<R> {
  readonly records: readonly R[];
  readonly report: ConversionReport;
}
