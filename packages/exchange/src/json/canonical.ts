import canonicalize from "canonicalize";

/**
 * The RFC 8785 (JSON Canonicalization Scheme) form of a value as UTF-8 bytes: keys sorted, no spaces, numbers
 * and strings in one spelling, so the same data always gives the same bytes and the same signature. Throws a
 * `TypeError` for what JSON cannot hold (a cycle, a lone surrogate, `NaN`, a function at the top).
 */
export function canonicalBytes(value: unknown): Uint8Array {
  let text: string | undefined;
  try {
    text = canonicalize(value);
  } catch {
    throw new TypeError("The value cannot be written as canonical JSON");
  }
  if (text === undefined) throw new TypeError("The value cannot be written as canonical JSON");
  return new TextEncoder().encode(text);
}

/** True when two values have the same canonical form (deep equality as JSON sees it). */
export function sameJson(a: unknown, b: unknown): boolean {
  try {
    return canonicalize(a) === canonicalize(b);
  } catch {
    return false;
  }
}
