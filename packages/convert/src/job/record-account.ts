import type { ConversionReport } from "../report/conversion-report.js";

/** Reason given for skipped records that a capped report list no longer names one by one. */
export const UNLISTED_REASON = "not_listed";

/**
 * Where every record read went: `read = written + skipped`. `skippedBy` counts the skipped records per reason
 * (a stable code such as `other_record_type` or `not_a_victim`, never a value).
 */
export interface RecordAccount {
  readonly read: number;
  readonly written: number;
  readonly skipped: number;
  readonly skippedBy: readonly { readonly reason: string; readonly count: number }[];
}

/**
 * The account of a conversion from the number of records read and the writers' reports (none: every record
 * was written as it is). Throws only on a bug: when the writers did not account for every record read.
 */
export function reconcile(
  read: number,
  writes: readonly { readonly report: ConversionReport }[],
): RecordAccount {
  if (writes.length === 0) return { read, written: read, skipped: 0, skippedBy: [] };
  let written = 0;
  let skipped = 0;
  const byReason = new Map<string, number>();
  for (const { report } of writes) {
    written += report.rows.converted + report.rows.invalid;
    skipped += report.rows.skipped;
    for (const entry of report.skipped) byReason.set(entry.reason, (byReason.get(entry.reason) ?? 0) + 1);
    const unlisted = report.omitted?.skipped ?? 0;
    if (unlisted > 0) byReason.set(UNLISTED_REASON, (byReason.get(UNLISTED_REASON) ?? 0) + unlisted);
  }
  if (written + skipped !== read) {
    throw new Error(`records do not reconcile: ${read} read, ${written} written, ${skipped} skipped`);
  }
  const skippedBy = [...byReason].map(([reason, count]) => ({ reason, count }));
  return { read, written, skipped, skippedBy };
}
