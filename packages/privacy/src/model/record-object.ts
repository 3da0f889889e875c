import { isRecordType } from "@tip/schema";
import type { ObjectName } from "./object-plans.js";

/** A JSON object (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The object name of a record (its `recordType`), or undefined when the value is not a record of the model. */
export function objectOfRecord(record: unknown): ObjectName | undefined {
  if (!isPlainObject(record)) return undefined;
  return isRecordType(record.recordType) ? record.recordType : undefined;
}
