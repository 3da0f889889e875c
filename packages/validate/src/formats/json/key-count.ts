/**
 * Counts the colons of a JSON text that directly follow a quote: one per key in the usual layouts (`"k":v` and
 * `"k": v`), plus one per string value that starts with `:` or holds `\":`. Compared with the number of keys a
 * parse produced, an equal count proves there is no duplicate key (a duplicate makes the parsed count smaller,
 * extra colons make this one larger), at the cost of a fast single-character `indexOf` walk instead of a
 * byte-by-byte scan. Returns -1 when a colon follows white space (`"k" :`), where a key could hide from the
 * count and only the full scanner can tell.
 */
export function countKeyEnds(text: string): number {
  let count = 0;
  for (let at = text.indexOf(":"); at >= 0; at = text.indexOf(":", at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (before === 0x22) count++;
    else if (before === 0x20 || before === 0x09 || before === 0x0d || before === 0x0a) return -1;
  }
  return count;
}

/**
 * Counts the keys of a parsed JSON value, in every object it holds (arrays included), for `countKeyEnds` to be
 * compared with. Iterative, so nesting costs no stack. A value with a duplicate key in its text holds one key
 * fewer per duplicate.
 */
export function countParsedKeys(value: unknown): number {
  let count = 0;
  const pending: object[] = [];
  if (value !== null && typeof value === "object") pending.push(value);
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    if (Array.isArray(item)) {
      for (const element of item) if (element !== null && typeof element === "object") pending.push(element);
      continue;
    }
    for (const key in item) {
      count++;
      const child = (item as Record<string, unknown>)[key];
      if (child !== null && typeof child === "object") pending.push(child);
    }
  }
  return count;
}
