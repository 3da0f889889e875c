import { type DataRead, readData } from "@tip/schema";

/**
 * A bundle's envelope read as plain data: its members other than `records` (which are not looked at), as
 * `readData` of `@tip/schema` reads them. Never throws: a value that is not an object, or cannot be read, is a
 * problem (`unreadable_value` at the envelope, or where `readData` found it).
 */
export function readEnvelope(envelope: unknown): DataRead {
  const unreadable: DataRead = { ok: false, code: "unreadable_value", path: [], params: {} };
  if (typeof envelope !== "object" || envelope === null) return unreadable;
  let header: Record<string, unknown>;
  try {
    if (Array.isArray(envelope)) return unreadable;
    const source = envelope as Record<string, unknown>;
    // `fromEntries` defines own properties, so a `__proto__` key stays a key.
    header = Object.fromEntries(
      Object.keys(source)
        .filter((key) => key !== "records")
        .map((key) => [key, source[key]]),
    );
  } catch {
    // A revoked proxy, or a trap or getter that throws.
    return unreadable;
  }
  return readData(header);
}
