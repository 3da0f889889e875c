import { DataReadError, type KeyTree, type RecordType, readData } from "@tip/schema";
import { isPlainObject, objectOfRecord } from "../model/record-object.js";
import { resolveK } from "./k-anonymity.js";
import { type QuasiPath, resolveQuasi } from "./quasi-paths.js";
import { classKey, quasiValue, suppressQuasi } from "./quasi-values.js";

/** How much local suppression removed. Counts only: safe to print. */
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

/** A class while suppressing: its size and one copy of its quasi identifier values (all members share them). */
type Group = { size: number; sample: Record<string, unknown>; origins: string[] };

/**
 * Local suppression to k-anonymity that holds one entry per distinct combination of quasi identifier values,
 * not the records: `add` every record, `solve` once, then `apply` to every record again (in any order) to
 * suppress its values in place or learn it must be removed. Memory grows with the number of distinct classes,
 * so records can be streamed twice instead of held. Greedy, per record type, smallest class first: every record
 * of a class under k loses the same quasi identifier, the one whose removal merges the class into the largest
 * existing class (ties: the identifier with most distinct values); this repeats until every class has k records
 * or a small class has nothing left to remove, and such classes are removed. An absent value, missing or
 * suppressed, is a value of its own.
 *
 * Reads of each record only its type and quasi identifiers, as `readData` of `@tip/schema` reads them; never
 * throws on a record: one that cannot be read as data is not counted (`add` returns its problem) and not kept
 * (`apply` says `unreadable`).
 */
export class ClassSuppression {
  readonly #k: number;
  readonly #fields: readonly string[];
  readonly #quasi: ReadonlyMap<RecordType, readonly QuasiPath[]>;
  /** Classes as first seen, by type and values, in order of first appearance. */
  readonly #initial = new Map<string, Group>();
  /** After `solve`: the values each initial class ends with, or `null` when its records are removed. */
  #outcome: Map<string, Record<string, unknown> | null> | undefined;
  /** What is read of a record: its type and the properties along its quasi identifiers' paths. */
  readonly #read: KeyTree;
  #records = 0;
  #added = 0;

  constructor(options: { readonly quasi: readonly string[]; readonly k?: number }) {
    this.#k = resolveK(options.k);
    this.#fields = options.quasi;
    this.#quasi = resolveQuasi(options.quasi);
    this.#read = quasiTree(this.#quasi);
  }

  /**
   * Counts a record (already redacted and generalised) into its class. Returns the problem of a record that
   * cannot be read as data (a `DataReadError` with its position among those added; never thrown), which is
   * not counted; else undefined.
   */
  add(input: unknown): DataReadError | undefined {
    if (this.#outcome) throw new Error("ClassSuppression: add after solve");
    const position = this.#added++;
    const read = readData(input, {}, this.#read);
    if (!read.ok) return DataReadError.of(read, position);
    const record = read.value;
    const key = this.#keyOf(record);
    if (key === undefined) return;
    this.#records++;
    const group = this.#initial.get(key);
    if (group) group.size++;
    else {
      const paths = this.#pathsOf(record) ?? [];
      this.#initial.set(key, { size: 1, sample: skeleton(record, paths), origins: [key] });
    }
    return undefined;
  }

  /** Decides what to suppress; returns what it cost. */
  solve(): SuppressionReport {
    const k = this.#k;
    const suppressedValues: Record<string, number> = Object.create(null);
    for (const field of this.#fields) suppressedValues[field] = 0;
    let classesBelowBefore = 0;
    let recordsBelowBefore = 0;
    for (const group of this.#initial.values()) {
      if (group.size >= k) continue;
      classesBelowBefore++;
      recordsBelowBefore += group.size;
    }
    const outcome = new Map<string, Record<string, unknown> | null>();
    let suppressedRecords = 0;
    for (const [type, paths] of this.#quasi) {
      const prefix = `${type}\u0000`;
      const groups = [...this.#initial].filter(([key]) => key.startsWith(prefix)).map(([, group]) => group);
      suppressedRecords += solveType(groups, paths, k, suppressedValues, outcome);
    }
    this.#outcome = outcome;
    const total = Object.values(suppressedValues).reduce((sum, count) => sum + count, 0);
    const values = this.#records * this.#fields.length;
    return {
      k,
      quasi: this.#fields,
      records: this.#records,
      classesBelowBefore,
      recordsBelowBefore,
      suppressedValues: { ...suppressedValues },
      totalSuppressedValues: total,
      suppressedShare: values === 0 ? 0 : total / values,
      suppressedRecords,
    };
  }

  /**
   * Suppresses in place the values `solve` chose for this record's class; `"removed"` when the record must be
   * left out. Records of types without quasi identifiers are kept as they are. Fails closed: `"unseen"` for a
   * record of a class `add` never saw (the records changed between the passes), whose class was never checked,
   * and `"unreadable"` for one that cannot be read as data or changed in place; leave both out.
   */
  apply(record: Record<string, unknown>): "kept" | "removed" | "unseen" | "unreadable" {
    if (!this.#outcome) throw new Error("ClassSuppression: apply before solve");
    const read = readData(record, {}, this.#read);
    if (!read.ok) return "unreadable";
    const key = this.#keyOf(read.value);
    if (key === undefined) return "kept";
    const final = this.#outcome.get(key);
    if (final === null) return "removed";
    if (final === undefined) return "unseen";
    try {
      for (const path of this.#pathsOf(read.value) ?? []) {
        if (quasiValue(final, path) === undefined && quasiValue(read.value, path) !== undefined)
          suppressQuasi(record, path);
      }
    } catch {
      // A getter, or a proxy's trap, of the caller's record threw while a value was removed.
      return "unreadable";
    }
    return "kept";
  }

  #pathsOf(record: unknown): readonly QuasiPath[] | undefined {
    const type = objectOfRecord(record) as RecordType | undefined;
    return type === undefined ? undefined : this.#quasi.get(type);
  }

  #keyOf(record: unknown): string | undefined {
    const paths = this.#pathsOf(record);
    if (paths === undefined) return undefined;
    return `${objectOfRecord(record)}\u0000${classKey(record, paths)}`;
  }
}

/** What `ClassSuppression` reads of a record: `recordType`, and each quasi identifier along its path. */
function quasiTree(quasi: ReadonlyMap<RecordType, readonly QuasiPath[]>): KeyTree {
  const root = new Map<string, KeyTree | true>([["recordType", true]]);
  for (const paths of quasi.values()) {
    for (const path of paths) {
      let node = root;
      for (const [depth, plan] of path.plans.entries()) {
        const known = node.get(plan.key);
        // The field itself is read whole, as is anything already read whole.
        if (depth === path.plans.length - 1 || known === true) {
          node.set(plan.key, true);
          break;
        }
        const inner = (known as Map<string, KeyTree | true> | undefined) ?? new Map<string, KeyTree | true>();
        node.set(plan.key, inner);
        node = inner;
      }
    }
  }
  return root;
}

/** A copy of a record's quasi identifier values, in objects shaped like the record's (nothing else). */
function skeleton(record: unknown, paths: readonly QuasiPath[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const path of paths) {
    const value = quasiValue(record, path);
    if (value === undefined) continue;
    let holder = root;
    path.plans.forEach((plan, depth) => {
      if (depth === path.plans.length - 1) holder[plan.key] = structuredClone(value);
      else {
        const next = holder[plan.key];
        const inner: Record<string, unknown> = isPlainObject(next) ? next : {};
        holder[plan.key] = inner;
        holder = inner;
      }
    });
  }
  return root;
}

/** Suppresses within the classes of one type; returns how many records had to be removed. */
function solveType(
  initial: readonly Group[],
  paths: readonly QuasiPath[],
  k: number,
  tally: Record<string, number>,
  outcome: Map<string, Record<string, unknown> | null>,
): number {
  const distinct = paths.map((path) => {
    const values = new Set<string>();
    for (const group of initial) values.add(JSON.stringify(quasiValue(group.sample, path) ?? null));
    return values.size;
  });
  const classes = new Map<string, Group>();
  const place = (group: Group) => {
    const key = classKey(group.sample, paths);
    const into = classes.get(key);
    if (into) {
      into.size += group.size;
      into.origins.push(...group.origins);
    } else classes.set(key, { size: group.size, sample: group.sample, origins: [...group.origins] });
  };
  for (const group of initial) place(group);
  for (;;) {
    const small = [...classes].filter(([, group]) => group.size < k).sort((a, b) => a[1].size - b[1].size);
    let changed = false;
    for (const [key, group] of small) {
      if (classes.get(key) !== group) continue;
      const index = bestToSuppress(JSON.parse(key) as unknown[], group.size, classes, distinct);
      if (index === undefined) continue;
      const path = paths[index] as QuasiPath;
      classes.delete(key);
      if (suppressQuasi(group.sample, path)) tally[path.field] = (tally[path.field] ?? 0) + group.size;
      place(group);
      changed = true;
    }
    if (!changed) break;
  }
  let removed = 0;
  for (const group of classes.values()) {
    const kept = group.size >= k;
    if (!kept) removed += group.size;
    for (const origin of group.origins) outcome.set(origin, kept ? group.sample : null);
  }
  return removed;
}

/** The position of the quasi identifier to suppress in a small class, or undefined when all are absent. */
function bestToSuppress(
  values: readonly unknown[],
  size: number,
  classes: ReadonlyMap<string, Group>,
  distinct: readonly number[],
): number | undefined {
  let best: { index: number; merged: number } | undefined;
  values.forEach((value, index) => {
    if (value === null) return;
    const target = JSON.stringify(values.map((other, position) => (position === index ? null : other)));
    const merged = size + (classes.get(target)?.size ?? 0);
    const wins =
      best === undefined ||
      merged > best.merged ||
      (merged === best.merged && (distinct[index] ?? 0) > (distinct[best.index] ?? 0));
    if (wins) best = { index, merged };
  });
  return best?.index;
}
