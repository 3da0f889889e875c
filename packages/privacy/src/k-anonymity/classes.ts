import type { RecordType } from "@tip/schema";
import { objectOfRecord } from "../model/record-object.js";
import type { QuasiPath } from "./quasi-paths.js";
import { classKey, quasiValue } from "./quasi-values.js";

/** One equivalence class: records of one type sharing every quasi identifier value. */
export interface EquivalenceClass {
  readonly recordType: RecordType;
  /** Quasi identifier values of the class by field id; `null` when absent. Personal data: do not publish. */
  readonly values: Readonly<Record<string, unknown>>;
  readonly size: number;
  /** Ids of the records in the class (record ids are random, never derived from personal data). */
  readonly ids: readonly string[];
}

/** The equivalence classes of the records of each type under its quasi identifiers. */
export function equivalenceClasses(
  records: readonly unknown[],
  quasi: ReadonlyMap<RecordType, readonly QuasiPath[]>,
): EquivalenceClass[] {
  const classes = new Map<
    string,
    { recordType: RecordType; values: Record<string, unknown>; ids: string[] }
  >();
  for (const record of records) {
    const type = objectOfRecord(record) as RecordType | undefined;
    const paths = type && quasi.get(type);
    if (!type || !paths) continue;
    const key = `${type}:${classKey(record, paths)}`;
    let entry = classes.get(key);
    if (!entry) {
      const values = Object.fromEntries(paths.map((path) => [path.field, quasiValue(record, path) ?? null]));
      entry = { recordType: type, values, ids: [] };
      classes.set(key, entry);
    }
    const id = (record as { id?: unknown }).id;
    entry.ids.push(typeof id === "string" ? id : "");
  }
  return [...classes.values()].map((entry) => ({ ...entry, size: entry.ids.length }));
}
