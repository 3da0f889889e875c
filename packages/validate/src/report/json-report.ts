import type { Severity } from "@tip/schema";
import type { RecordTypeCounts, Summary } from "../summary/summary.js";

/** One issue of a JSON report. */
export interface JsonReportIssue {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly path: string;
  /**
   * For an issue about a key that is not in the model (never shown: it could be a name typed as a key): its
   * place, from 1, among the keys of the object at `path`.
   */
  readonly position?: number;
  /**
   * For an unknown key close to a field of the model that the object leaves out (a typo): that field's name,
   * never the key.
   */
  readonly suggestion?: string;
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
}

/** The JSON report of a summary, as `tip validate --format json` prints it. */
export interface JsonReport {
  readonly total: number;
  readonly valid: number;
  readonly invalid: number;
  readonly skipped: number;
  /** Issues of severity `error`, kept or not. */
  readonly errors: number;
  readonly byCode: Record<string, number>;
  readonly byRecordType: Record<string, RecordTypeCounts>;
  readonly truncated: boolean;
  readonly issues: JsonReportIssue[];
}

/**
 * The JSON report of a summary: counts and each kept issue's location, pointer, code, severity and message.
 * Issue parameters are left out but for `position` and `suggestion`; like messages, nothing in it is the value of a personal field.
 */
export function toJsonReport(summary: Summary): JsonReport {
  return {
    total: summary.total,
    valid: summary.valid,
    invalid: summary.invalid,
    skipped: summary.skipped,
    errors: summary.errors,
    byCode: { ...summary.byCode },
    byRecordType: structuredClone(summary.byRecordType),
    truncated: summary.truncated,
    issues: summary.issues.map((issue) => ({
      ...(issue.file !== undefined && { file: issue.file }),
      ...(issue.line !== undefined && { line: issue.line }),
      ...(issue.column !== undefined && { column: issue.column }),
      path: issue.path,
      ...(typeof issue.params.position === "number" && { position: issue.params.position }),
      ...(typeof issue.params.suggestion === "string" && { suggestion: issue.params.suggestion }),
      code: issue.code,
      severity: issue.severity,
      message: issue.message,
    })),
  };
}
