import type { Summary } from "./summary.js";

/** One summary for several inputs: counts added up, issues in input order, truncated if any input's was. */
export function mergeSummaries(summaries: readonly Summary[]): Summary {
  const byCode: Record<string, number> = {};
  const byRecordType: Record<string, { total: number; valid: number; invalid: number }> = {};
  let total = 0;
  let valid = 0;
  let invalid = 0;
  let skipped = 0;
  let errors = 0;
  for (const summary of summaries) {
    total += summary.total;
    valid += summary.valid;
    invalid += summary.invalid;
    skipped += summary.skipped;
    errors += summary.errors;
    for (const [code, count] of Object.entries(summary.byCode)) byCode[code] = (byCode[code] ?? 0) + count;
    for (const [type, counts] of Object.entries(summary.byRecordType)) {
      const sum = byRecordType[type] ?? { total: 0, valid: 0, invalid: 0 };
      byRecordType[type] = sum;
      sum.total += counts.total;
      sum.valid += counts.valid;
      sum.invalid += counts.invalid;
    }
  }
  return {
    total,
    valid,
    invalid,
    skipped,
    errors,
    byCode,
    byRecordType,
    issues: summaries.flatMap((summary) => summary.issues),
    truncated: summaries.some((summary) => summary.truncated),
  };
}
