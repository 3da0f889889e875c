import { objectOfRecord } from "../model/record-object.js";
import { type KAnonymityOptions, type KAnonymityReport, kAnonymity, resolveK } from "./k-anonymity.js";
import { type QuasiPath, resolveQuasi } from "./quasi-paths.js";
import { classKey, quasiValue, suppressQuasi } from "./quasi-values.js";

/** How much `enforceK` suppressed. Counts only: safe to print. */
export interface SuppressionReport {
  readonly k: number;
  readonly quasi: readonly string[];
  /** Records looked at (of the types the quasi identifiers belong to). */
  readonly records: number;
  /** Classes under k and the records in them, before suppression. */
  readonly classesBelowBefore: number;
  readonly recordsBelowBefore: number;
  /** Values removed, by quasi identifier. */
  readonly suppressedValues: Readonly<Record<string, number>>;
  readonly totalSuppressedValues: number;
  /** Suppressed values as a share of all quasi identifier values looked at (records x quasi identifiers). */
  readonly suppressedShare: number;
  /** Records removed as a last resort, when suppressing every quasi identifier was not enough. */
  readonly suppressedRecords: number;
}

/** What `enforceK` returns: records in which every class has at least k members, and what it cost. */
export interface EnforceKResult<R> {
  readonly records: R[];
  readonly report: SuppressionReport;
  /** The check run on the output (always satisfied). */
  readonly check: KAnonymityReport;
}

type Row = { record: Record<string, unknown>; removed: boolean };

/**
 * Makes the records k-anonymous over the quasi identifiers by local suppression: values are removed first,
 * whole records only as a last resort. Greedy, per record type, smallest class first: every record of a class
 * under k loses the same quasi identifier, the one whose removal merges the class into the largest existing
 * class; this repeats until every class has k records or a small class has nothing left to remove, and such
 * classes are then removed. A removed value and a missing one look the same in the output, and classes are
 * computed on the output, so an absent value is a value of its own. Not minimal: a simple procedure whose result
 * is checked (`check`). Input is not changed.
 */
export function enforceK<R>(records: readonly R[], options: KAnonymityOptions): EnforceKResult<R> {
  const copies = records.map((record) => structuredClone(record) as Record<string, unknown>);
  const { removed, report } = enforceKInPlace(copies, options);
  const kept = copies.filter((_, index) => !removed.has(index)) as R[];
  return { records: kept, report, check: kAnonymity(kept, { ...options, k: report.k }) };
}

/**
 * `enforceK` on records it may change: suppresses values in place and returns the positions of the records to
 * remove, with the report.
 */
export function enforceKInPlace(
  records: readonly Record<string, unknown>[],
  options: KAnonymityOptions,
): { readonly removed: ReadonlySet<number>; readonly report: SuppressionReport } {
  const k = resolveK(options.k);
  const quasi = resolveQuasi(options.quasi);
  const before = kAnonymity(records, { ...options, k });
  const rows: Row[] = records.map((record) => ({ record, removed: false }));
  const suppressedValues: Record<string, number> = Object.fromEntries(
    options.quasi.map((field) => [field, 0]),
  );
  let suppressedRecords = 0;
  let looked = 0;
  for (const [type, paths] of quasi) {
    const ofType = rows.filter((row) => objectOfRecord(row.record) === type);
    looked += ofType.length;
    suppressedRecords += enforceOnType(ofType, paths, k, suppressedValues);
  }
  const total = Object.values(suppressedValues).reduce((sum, count) => sum + count, 0);
  const values = looked * options.quasi.length;
  const removed = new Set(rows.flatMap((row, index) => (row.removed ? [index] : [])));
  return {
    removed,
    report: {
      k,
      quasi: options.quasi,
      records: looked,
      classesBelowBefore: before.below.length,
      recordsBelowBefore: before.recordsBelow,
      suppressedValues,
      totalSuppressedValues: total,
      suppressedShare: values === 0 ? 0 : total / values,
      suppressedRecords,
    },
  };
}

/**
 * Suppresses within the records of one type; returns how many records had to be removed. Smallest class
 * first: each record of a class under k loses the same quasi identifier, the one that merges the class into the
 * largest class (ties: the identifier with the most distinct values); every step removes at least one value,
 * so it ends. Classes left under k with nothing more to remove are removed as records.
 */
function enforceOnType(
  rows: readonly Row[],
  paths: readonly QuasiPath[],
  k: number,
  tally: Record<string, number>,
): number {
  const distinct = paths.map(
    (path) => new Set(rows.map((row) => JSON.stringify(quasiValue(row.record, path) ?? null))).size,
  );
  const classes = new Map<string, Row[]>();
  const place = (row: Row) => {
    const key = classKey(row.record, paths);
    const members = classes.get(key);
    if (members) members.push(row);
    else classes.set(key, [row]);
  };
  for (const row of rows) place(row);
  for (;;) {
    const small = [...classes]
      .filter(([, members]) => members.length < k)
      .sort((a, b) => a[1].length - b[1].length);
    let changed = false;
    for (const [key, members] of small) {
      if (classes.get(key) !== members) continue;
      const index = bestToSuppress(JSON.parse(key) as unknown[], members.length, classes, distinct);
      if (index === undefined) continue;
      const path = paths[index] as QuasiPath;
      classes.delete(key);
      for (const row of members) {
        if (suppressQuasi(row.record, path)) tally[path.field] = (tally[path.field] ?? 0) + 1;
        place(row);
      }
      changed = true;
    }
    if (!changed) break;
  }
  let removed = 0;
  for (const members of classes.values()) {
    if (members.length >= k) continue;
    for (const row of members) row.removed = true;
    removed += members.length;
  }
  return removed;
}

/** The position of the quasi identifier to suppress in a small class, or undefined when all are absent. */
function bestToSuppress(
  values: readonly unknown[],
  size: number,
  classes: ReadonlyMap<string, readonly Row[]>,
  distinct: readonly number[],
): number | undefined {
  let best: { index: number; merged: number } | undefined;
  values.forEach((value, index) => {
    if (value === null) return;
    const target = JSON.stringify(values.map((other, position) => (position === index ? null : other)));
    const merged = size + (classes.get(target)?.length ?? 0);
    const wins =
      best === undefined ||
      merged > best.merged ||
      (merged === best.merged && (distinct[index] ?? 0) > (distinct[best.index] ?? 0));
    if (wins) best = { index, merged };
  });
  return best?.index;
}
