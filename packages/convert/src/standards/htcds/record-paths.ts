/** A path into a record: property names and list indexes. */
export type RecordPath = readonly (string | number)[];

/** Sets a value deep in a record, creating the objects and lists on the way. */
export function setAt(record: Record<string, unknown>, path: RecordPath, value: unknown): void {
  let current: Record<string | number, unknown> = record;
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      current[key] = value;
      return;
    }
    const next = path[index + 1];
    current[key] ??= typeof next === "number" ? [] : {};
    current = current[key] as Record<string | number, unknown>;
  });
}

/** Reads a value deep in a record; `undefined` when any step is missing. */
export function getAt(record: unknown, path: RecordPath): unknown {
  let current: unknown = record;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** A JSON Pointer for a record path, under a prefix (`/victim`). */
export function pointerOf(prefix: string, path: RecordPath): string {
  return prefix + path.map((key) => `/${String(key).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}
