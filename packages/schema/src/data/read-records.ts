import { DataReadError } from "./data-read-error.js";
import { type DataLimits, DEFAULT_MAX_VALUES, type KeyTree, readData } from "./read-data.js";

/**
 * Reads a list of records handed to a library function into plain data, one record at a time (each within
 * `limits`), so the code after it cannot meet a getter, a proxy, a cycle or a sparse array of length 1e8.
 * The list may hold at most `limits.maxValues` entries (default 1,000,000). Throws `DataReadError` naming the
 * first record that cannot be read; values that are not records (a number, `null`) are copied as they are,
 * for the caller to judge. With `only`, each record is read by that tree (see `readData`).
 */
export function readRecords(records: unknown, limits: DataLimits = {}, only?: KeyTree): unknown[] {
  const maxValues = limits.maxValues ?? DEFAULT_MAX_VALUES;
  let length: number | undefined;
  try {
    if (Array.isArray(records)) length = (records as unknown[]).length;
  } catch {
    // A revoked proxy or a throwing trap: the list cannot be read.
  }
  if (length === undefined || !Number.isSafeInteger(length)) {
    throw new DataReadError("unreadable_value", "", undefined);
  }
  if (length > maxValues) throw new DataReadError("value_too_large", "", undefined, { maxValues });
  const out: unknown[] = [];
  for (let index = 0; index < length; index++) {
    let record: unknown;
    try {
      record = (records as unknown[])[index];
    } catch {
      throw new DataReadError("unreadable_value", "", index);
    }
    const read = readData(record, limits, only);
    if (!read.ok) throw DataReadError.of(read, index);
    out.push(read.value);
  }
  return out;
}
