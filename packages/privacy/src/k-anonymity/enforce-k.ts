import { readRecords } from "@tip/schema";
import { ClassSuppression, type SuppressionReport } from "./class-suppression.js";
import { type KAnonymityOptions, type KAnonymityReport, kAnonymityOf } from "./k-anonymity.js";

export type { SuppressionReport };

/** What `enforceK` returns: records in which every class has at least k members, and what it cost. */
export interface EnforceKResult<R> {
  readonly records: R[];
  readonly report: SuppressionReport;
  /** The check run on the output (always satisfied). */
  readonly check: KAnonymityReport;
}

/**
 * Makes the records k-anonymous over the quasi identifiers by local suppression: values are removed first,
 * whole records only as a last resort. Greedy, per record type, smallest class first: every record of a class
 * under k loses the same quasi identifier, the one whose removal merges the class into the largest existing
 * class; this repeats until every class has k records or a small class has nothing left to remove, and such
 * classes are then removed. A removed value and a missing one look the same in the output, and classes are
 * computed on the output, so an absent value is a value of its own. Not minimal: a simple procedure whose result
 * is checked (`check`). Input is not changed.
 * Throws `DataReadError` (from `@tip/schema`, with the record's position and a pointer) when a record cannot be
 * read as data: a getter or proxy that throws, a cycle, a function, over 1,000,000 values, nesting over 64 deep.
 */
export function enforceK<R>(records: readonly R[], options: KAnonymityOptions): EnforceKResult<R> {
  // A plain copy: suppression changes it in place.
  const copies = readRecords(records) as Record<string, unknown>[];
  const { removed, report } = enforceKInPlace(copies, options);
  const kept = copies.filter((_, index) => !removed.has(index)) as R[];
  return { records: kept, report, check: kAnonymityOf(kept, { ...options, k: report.k }) };
}

/**
 * `enforceK` on records it may change: suppresses values in place and returns the positions of the records to
 * remove, with the report. Built on `ClassSuppression`, which streaming callers use directly.
 */
export function enforceKInPlace(
  records: readonly Record<string, unknown>[],
  options: KAnonymityOptions,
): { readonly removed: ReadonlySet<number>; readonly report: SuppressionReport } {
  const suppression = new ClassSuppression(options);
  for (const record of records) suppression.add(record);
  const report = suppression.solve();
  const removed = new Set<number>();
  records.forEach((record, index) => {
    // The records are the ones added, as plain data: anything but "kept" is removed all the same.
    if (suppression.apply(record) !== "kept") removed.add(index);
  });
  return { removed, report };
}
