import type { Severity } from "@tip/schema";
import type { Format } from "../detect/detect-format.js";
import type { ConversionReport, MigrationReport } from "../report/conversion-report.js";
import type { FlatCsvEntity } from "../standards/flat-csv/flat-csv-entity.js";
import type { RecordAccount } from "./record-account.js";

/** Row counts of a report: `total = converted + invalid + skipped`. */
export type RowCounts = ConversionReport["rows"];

/**
 * What a conversion did, in counts and codes only (never a value): enough to print a summary and choose an
 * exit status. `ok` is false as soon as anything was invalid, not read or left out.
 */
export interface ConvertSummary {
  readonly from: Format;
  readonly to: Format;
  /** The rows (or lines) of the input and how they were read. */
  readonly rows: RowCounts;
  /** Where every record read went: `read = written + skipped`, with the reasons of the skipped ones. */
  readonly records: RecordAccount;
  /** Source values that could not be read (kept in the records, reported by row and column). */
  readonly valuesNotRead: number;
  /** Fields whose values were merged or dropped on the way (with values in at least one row). */
  readonly lossyFields: number;
  /** Notes on how a field's values were read or written; the reports hold them. */
  readonly fieldNotes: number;
  /** Validation issues of the records read, by severity; `unlisted` were counted past the report's limit. */
  readonly issues: Readonly<Record<Severity, number>> & { readonly unlisted: number };
  /** One entry per output written (the main one first); none for canonical NDJSON. */
  readonly outputs: readonly { readonly recordType?: FlatCsvEntity; readonly rows: RowCounts }[];
  /** Records upgraded from older model versions (canonical input). */
  readonly migrations: readonly MigrationReport[];
  /** Records written with the core codes their national codes fold to (a profile and a core-only target). */
  readonly folded?: number;
  /** The worst of it: `error` when anything was invalid, not read or left out; `none` when all is clean. */
  readonly worstSeverity: Severity | "none";
  /** Every row read cleanly and every record written: a caller may report success. */
  readonly ok: boolean;
}

/** The summary of a conversion from its reports and its records' account. */
export function summarise(
  from: Format,
  to: Format,
  read: ConversionReport,
  writes: readonly { readonly recordType?: FlatCsvEntity; readonly report: ConversionReport }[],
  records: RecordAccount,
  folded: number | undefined,
): ConvertSummary {
  const reports = [read, ...writes.map((write) => write.report)];
  const fields = reports.flatMap((report) => report.fields);
  const valuesNotRead = read.invalidValues.length + (read.omitted?.invalidValues ?? 0);
  const issues = { error: 0, warning: 0, info: 0, unlisted: read.omitted?.issues ?? 0 };
  for (const issue of read.issues) issues[issue.severity]++;
  const ok =
    read.rows.invalid === 0 && read.rows.skipped === 0 && valuesNotRead === 0 && records.skipped === 0;
  const worstSeverity =
    !ok || issues.error > 0 ? "error" : issues.warning > 0 ? "warning" : issues.info > 0 ? "info" : "none";
  return {
    from,
    to,
    rows: read.rows,
    records,
    valuesNotRead,
    lossyFields: fields.filter((field) => field.outcome === "lossy" && field.rows > 0).length,
    fieldNotes: fields.filter((field) => field.note !== undefined).length,
    issues,
    outputs: writes.map(({ recordType, report }) => ({
      ...(recordType === undefined ? {} : { recordType }),
      rows: report.rows,
    })),
    migrations: read.migrations ?? [],
    ...(folded === undefined ? {} : { folded }),
    worstSeverity,
    ok,
  };
}
