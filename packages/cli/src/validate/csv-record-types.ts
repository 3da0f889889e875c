import { RECORD_TYPES, type RecordType } from "@tip/schema";

/** Record types a CSV row can hold: every record type but the bundle envelope. */
export const CSV_RECORD_TYPES: readonly RecordType[] = RECORD_TYPES.filter((type) => type !== "bundle");

/** Whether a value names a record type a CSV row can hold. */
export function isCsvRecordType(value: unknown): value is RecordType {
  return typeof value === "string" && (CSV_RECORD_TYPES as readonly string[]).includes(value);
}
