import { coerce } from "./coerce.js";
import type { ColumnPlan } from "./column-plan.js";

/**
 * Builds a record from a CSV row: each non-blank cell goes to its column's path, read by the schema's type
 * there (with `decimalComma`, `16,5` is a number); a blank cell leaves the field out. Properties are defined as own data properties, so no key can
 * reach a prototype.
 */
export function rowToRecord(
  row: readonly string[],
  plan: ColumnPlan,
  recordType?: string,
  decimalComma = false,
): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  if (recordType !== undefined) define(record, "recordType", recordType);
  for (const column of plan.columns) {
    const cell = row[column.index];
    if (cell === undefined || cell.trim() === "") continue;
    place(record, column.segments, coerce(cell, column.kind, decimalComma));
  }
  return record;
}

function place(record: Record<string, unknown>, segments: readonly string[], value: unknown): void {
  let container: Record<string, unknown> | unknown[] = record;
  for (let i = 0; i < segments.length - 1; i++) {
    const key = segments[i] as string;
    const nextIsIndex = /^\d+$/.test(segments[i + 1] as string);
    let child = Object.hasOwn(container, key) ? (container as Record<string, unknown>)[key] : undefined;
    if (child === null || typeof child !== "object") {
      child = nextIsIndex ? [] : {};
      define(container, key, child);
    }
    container = child as Record<string, unknown> | unknown[];
  }
  define(container, segments[segments.length - 1] as string, value);
}

function define(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}
