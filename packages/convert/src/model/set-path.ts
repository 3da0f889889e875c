/** Sets a value deep in a record, creating objects (or arrays before a numeric segment) on the way. */
export function setPath(
  root: Record<string, unknown>,
  segments: readonly (string | number)[],
  value: unknown,
): void {
  let current: Record<string | number, unknown> = root;
  for (let index = 0; index < segments.length - 1; index++) {
    const segment = segments[index] as string | number;
    let next = current[segment];
    if (next === null || typeof next !== "object") {
      next = typeof segments[index + 1] === "number" ? [] : {};
      current[segment] = next;
    }
    current = next as Record<string | number, unknown>;
  }
  current[segments[segments.length - 1] as string | number] = value;
}

/** Whether a value is already set at a path. */
export function hasPath(root: Record<string, unknown>, segments: readonly (string | number)[]): boolean {
  let current: unknown = root;
  for (const segment of segments) {
    if (current === null || typeof current !== "object") return false;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current !== undefined;
}
