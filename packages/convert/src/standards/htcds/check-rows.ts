import { checkRecord, type Issue, type Profile } from "@tip/schema";
import { enMessages } from "@tip/schema/locales/en/messages";
import type { ReportBuilder } from "../../report/report-builder.js";
import type { AgencyDirectory } from "./agency-directory.js";

/** The records of one row before they are checked. */
export interface RowResult {
  readonly row: number;
  readonly records: readonly Record<string, unknown>[];
  /** Warnings about the source cells (formulas), already located. */
  readonly warnings: readonly Issue[];
  /** A value of the row could not be read. */
  readonly invalid: boolean;
}

function check(
  record: Record<string, unknown>,
  profile: Profile | undefined,
): { ok: boolean; issues: readonly Issue[] } {
  const pointerPrefix = `/${String(record.recordType)}`;
  return checkRecord(record, {
    locale: enMessages,
    pointerPrefix,
    ...(profile === undefined ? {} : { profile }),
  });
}

/**
 * Validates the records of every row and accounts for each row in the report, in row order: converted when
 * every value was read and every record validates, invalid otherwise, skipped with a reason. Agencies are
 * checked once, after all rows (a later row may complete them), and their issues belong to the row that first
 * named them. Returns the records in row order.
 */
export function checkRows(
  results: readonly RowResult[],
  agencies: AgencyDirectory,
  skipped: ReadonlyMap<number, string>,
  report: ReportBuilder,
): Record<string, unknown>[] {
  const agencyIssues = new Map<number, { ok: boolean; issues: Issue[] }>();
  for (const { agency, row } of agencies.entries()) {
    const result = check(agency, report.profile);
    const entry = agencyIssues.get(row) ?? { ok: true, issues: [] };
    agencyIssues.set(row, { ok: entry.ok && result.ok, issues: [...entry.issues, ...result.issues] });
  }
  const events: { row: number; account: () => void }[] = [...skipped].map(([row, reason]) => ({
    row,
    account: () => report.skippedRow(reason, row),
  }));
  for (const result of results) {
    const fromAgencies = agencyIssues.get(result.row) ?? { ok: true, issues: [] };
    let ok = !result.invalid && fromAgencies.ok;
    const issues: Issue[] = [...result.warnings, ...fromAgencies.issues];
    for (const record of result.records) {
      if (record.recordType === "agency") continue;
      const checked = check(record, report.profile);
      ok &&= checked.ok;
      issues.push(...checked.issues);
    }
    const row = result.row;
    events.push({
      row,
      account: () => (ok ? report.convertedRow(issues, row) : report.invalidRow(issues, row)),
    });
  }
  for (const event of events.sort((a, b) => a.row - b.row)) event.account();
  return results.flatMap((result) => result.records);
}
