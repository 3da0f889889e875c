/**
 * Keys that, assigned with `object[key] = value`, reach a prototype or a constructor instead of the object:
 * a column, extension key or JSON key spelled so is never made a property (see `setPath`) and is reported.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** Deepest nesting of objects and arrays in a record (a flat object has depth 1), as in `@tip/validate`. */
export const MAX_RECORD_DEPTH = 64;

/** Whether a key is one of `FORBIDDEN_KEYS`. */
export function isForbiddenKey(key: string | number): boolean {
  return typeof key === "string" && FORBIDDEN_KEYS.has(key);
}

/** Sets an own, enumerable data property: never a prototype's setter, whatever the key. */
export function defineValue(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * What makes a parsed JSON value unsafe to carry: nesting deeper than `maxDepth` (a flat object or array has
 * depth 1; writers would overflow the stack) or a `FORBIDDEN_KEYS` key anywhere. Walks without recursion, so
 * any depth is safe to check.
 */
export function unsafeValue(
  value: unknown,
  maxDepth: number,
): "nesting_too_deep" | "forbidden_key" | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 1 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const current = next.value;
    if (current === null || typeof current !== "object") continue;
    if (next.depth > maxDepth) return "nesting_too_deep";
    if (Array.isArray(current)) {
      for (const item of current) stack.push({ value: item, depth: next.depth + 1 });
      continue;
    }
    for (const key of Object.keys(current)) {
      if (FORBIDDEN_KEYS.has(key)) return "forbidden_key";
      stack.push({ value: (current as Record<string, unknown>)[key], depth: next.depth + 1 });
    }
  }
  return undefined;
}
