/** A deep copy of parsed JSON made of null-prototype objects, so no key of the input reaches a prototype. */
export function safeCopy(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(safeCopy);
  const out: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value)) out[key] = safeCopy((value as Record<string, unknown>)[key]);
  return out;
}

/** A null-prototype object holding the entries of `from` (a base profile's table), for merging into. */
export function nullObject<T>(from?: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = Object.create(null);
  if (from !== undefined) for (const key of Object.keys(from)) out[key] = from[key] as T;
  return out;
}
