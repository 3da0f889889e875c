import { type RecordType, readRecords } from "@tip/schema";
import { type EquivalenceClass, equivalenceClasses } from "./classes.js";
import { resolveQuasi } from "./quasi-paths.js";

/** The k CTDC uses for its public victim data. */
export const DEFAULT_K = 11;

/** Options of `kAnonymity` and `enforceK`. */
export interface KAnonymityOptions {
  /** Quasi identifiers by field id (`victim.sex`, `victim.ageBand`, `identification.country`...). */
  readonly quasi: readonly string[];
  /** Smallest class size allowed; default 11. */
  readonly k?: number;
}

/** What `kAnonymity` found. Holds quasi identifier values of small classes: for the data owner only. */
export interface KAnonymityReport {
  readonly k: number;
  readonly quasi: readonly string[];
  /** Records looked at, by type (types none of the quasi identifiers belong to are not looked at). */
  readonly records: Readonly<Partial<Record<RecordType, number>>>;
  readonly classes: number;
  /** The classes with fewer than k records, smallest first. */
  readonly below: readonly EquivalenceClass[];
  /** Records in classes under k. */
  readonly recordsBelow: number;
  /** Whether every class has at least k records. */
  readonly satisfied: boolean;
}

/** Checks a k and returns it, default 11. */
export function resolveK(k: number | undefined): number {
  const value = k ?? DEFAULT_K;
  if (!Number.isSafeInteger(value) || value < 1)
    throw new RangeError(`k must be a whole number >= 1, got ${value}`);
  return value;
}

/**
 * Groups the records of each type into equivalence classes (same values of every quasi identifier, absent
 * counting as a value) and reports the classes with fewer than `k` records. Default k = 11, as CTDC uses.
 * Throws `DataReadError` (from `@tip/schema`, with the record's position and a pointer) when a record cannot be
 * read as data: a getter or proxy that throws, a cycle, a function, over 1,000,000 values, nesting over 64 deep.
 */
export function kAnonymity(records: readonly unknown[], options: KAnonymityOptions): KAnonymityReport {
  return kAnonymityOf(readRecords(records), options);
}

/** `kAnonymity` on records already read as plain data. */
export function kAnonymityOf(records: readonly unknown[], options: KAnonymityOptions): KAnonymityReport {
  const k = resolveK(options.k);
  const quasi = resolveQuasi(options.quasi);
  const classes = equivalenceClasses(records, quasi);
  const counts: Partial<Record<RecordType, number>> = {};
  for (const entry of classes) counts[entry.recordType] = (counts[entry.recordType] ?? 0) + entry.size;
  const below = classes.filter((entry) => entry.size < k).sort((a, b) => a.size - b.size);
  return {
    k,
    quasi: options.quasi,
    records: counts,
    classes: classes.length,
    below,
    recordsBelow: below.reduce((sum, entry) => sum + entry.size, 0),
    satisfied: below.length === 0,
  };
}
