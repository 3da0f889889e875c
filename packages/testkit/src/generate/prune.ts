/**
 * Removes properties whose value is `undefined`, deeply, so generated records serialise and compare the same
 * way whether or not an optional field was drawn.
 */
export function prune<T>(value: T): T {
  if (Array.isArray(value))
    return value.map((item) => (item !== null && typeof item === "object" ? prune(item) : item)) as T;
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const item = value[key];
    if (item === undefined) continue;
    out[key] = item !== null && typeof item === "object" ? prune(item) : item;
  }
  return out as T;
}
