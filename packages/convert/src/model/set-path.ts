import { defineValue, isForbiddenKey } from "./safe-keys.js";

/** An own property of an object or array; never one a prototype lends it. */
function ownValue(target: object, key: string | number): unknown {
  return Object.hasOwn(target, key) ? (target as Record<string | number, unknown>)[key] : undefined;
}

/**
 * Sets a value deep in a record, creating objects (or arrays before a numeric segment) on the way. Every step
 * reads and defines own properties only, so no key, `__proto__` included, can reach a prototype.
 */
export function setPath(
  root: Record<string, unknown>,
  segments: readonly (string | number)[],
  value: unknown,
): void {
  let current: object = root;
  for (let index = 0; index < segments.length - 1; index++) {
    const segment = segments[index] as string | number;
    let next = ownValue(current, segment);
    if (next === null || typeof next !== "object") {
      next = typeof segments[index + 1] === "number" ? [] : {};
      defineValue(current, segment, next);
    }
    current = next as object;
  }
  defineValue(current, segments[segments.length - 1] as string | number, value);
}

/** Whether a value is already set at a path (own properties only). */
export function hasPath(root: Record<string, unknown>, segments: readonly (string | number)[]): boolean {
  let current: unknown = root;
  for (const segment of segments) {
    if (current === null || typeof current !== "object") return false;
    current = ownValue(current, segment);
  }
  return current !== undefined;
}

/**
 * `setPath` for a path of the model, never one read from input: plain assignment, several times faster than
 * defining properties (what `setPath` does so that no key read from a file reaches a prototype). Callers check
 * once, when they build their paths, that no segment is a forbidden key (`assertModelPath`).
 */
export function setModelPath(
  root: Record<string, unknown>,
  segments: readonly string[],
  value: unknown,
): void {
  let current = root;
  const last = segments.length - 1;
  for (let index = 0; index < last; index++) {
    const segment = segments[index] as string;
    const next = Object.hasOwn(current, segment) ? current[segment] : undefined;
    if (next === null || typeof next !== "object") {
      const created: Record<string, unknown> = {};
      current[segment] = created;
      current = created;
    } else current = next as Record<string, unknown>;
  }
  current[segments[last] as string] = value;
}

/** Throws when a model path has a forbidden key, which would make `setModelPath` unsafe (a bug, not data). */
export function assertModelPath(segments: readonly string[]): void {
  if (segments.length === 0 || segments.some(isForbiddenKey))
    throw new Error(`Not a model path: ${segments.join(".")}`);
}
