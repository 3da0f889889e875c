import { isPlainObject } from "../model/record-object.js";
import type { QuasiPath } from "./quasi-paths.js";

/** The value of a quasi identifier in a record, or `undefined` when absent. */
export function quasiValue(record: unknown, path: QuasiPath): unknown {
  let current: unknown = record;
  for (const plan of path.plans) {
    if (!isPlainObject(current)) return undefined;
    current = current[plan.key];
  }
  return current;
}

/**
 * The key of a record's equivalence class: its quasi identifier values exactly as published (an absent value,
 * whether missing or suppressed, is one value of its own).
 */
export function classKey(record: unknown, paths: readonly QuasiPath[]): string {
  return JSON.stringify(paths.map((path) => quasiValue(record, path) ?? null));
}

/**
 * Removes a quasi identifier from a record, in place. When the field is required in its object, the nearest
 * optional object holding it goes instead, so the record keeps the shape the schema requires.
 */
export function suppressQuasi(record: Record<string, unknown>, path: QuasiPath): boolean {
  const holders: Record<string, unknown>[] = [record];
  for (const plan of path.plans.slice(0, -1)) {
    const next = holders.at(-1)?.[plan.key];
    if (!isPlainObject(next)) return false;
    holders.push(next);
  }
  for (let depth = path.plans.length - 1; depth >= 0; depth--) {
    const plan = path.plans[depth];
    const holder = holders[depth];
    if (plan === undefined || holder === undefined) return false;
    if (!plan.required || depth === 0) {
      if (holder[plan.key] === undefined) return false;
      delete holder[plan.key];
      return true;
    }
  }
  return false;
}
