/** The subset of JSON Patch (RFC 6902) the vector table uses. */
export type PatchOperation =
  | { readonly op: "add" | "replace"; readonly path: string; readonly value: unknown }
  | { readonly op: "remove"; readonly path: string }
  | { readonly op: "move"; readonly from: string; readonly path: string };

type Container = Record<string, unknown> | unknown[];

function segmentsOf(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new SyntaxError(`Not a JSON Pointer: ${pointer}`);
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** The container a pointer ends in, and the last segment. */
function locate(document: unknown, pointer: string): [Container, string] {
  const segments = segmentsOf(pointer);
  const last = segments.pop();
  if (last === undefined) throw new RangeError("A patch cannot target the whole document");
  let current: unknown = document;
  for (const segment of segments) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, segment)) {
      throw new RangeError(`Path not found: ${pointer}`);
    }
    current = (current as Record<string, unknown>)[segment];
  }
  if (current === null || typeof current !== "object") throw new RangeError(`Path not found: ${pointer}`);
  return [current as Container, last];
}

function read(document: unknown, pointer: string): unknown {
  const [container, key] = locate(document, pointer);
  if (!Object.hasOwn(container, key)) throw new RangeError(`Path not found: ${pointer}`);
  return (container as Record<string, unknown>)[key];
}

function add(document: unknown, pointer: string, value: unknown): void {
  const [container, key] = locate(document, pointer);
  if (Array.isArray(container)) container.splice(key === "-" ? container.length : Number(key), 0, value);
  else container[key] = value;
}

function remove(document: unknown, pointer: string): void {
  const [container, key] = locate(document, pointer);
  if (!Object.hasOwn(container, key)) throw new RangeError(`Path not found: ${pointer}`);
  if (Array.isArray(container)) container.splice(Number(key), 1);
  else delete container[key];
}

/**
 * Applies a JSON Patch to a deep copy of a document and returns the copy. Throws when a path does not exist,
 * so a vector whose example changed shape fails loudly instead of testing nothing.
 */
export function applyPatch<T>(document: T, operations: readonly PatchOperation[]): T {
  const copy = structuredClone(document);
  for (const operation of operations) {
    switch (operation.op) {
      case "add":
        add(copy, operation.path, structuredClone(operation.value));
        break;
      case "remove":
        remove(copy, operation.path);
        break;
      case "replace":
        remove(copy, operation.path);
        add(copy, operation.path, structuredClone(operation.value));
        break;
      case "move": {
        const value = read(copy, operation.from);
        remove(copy, operation.from);
        add(copy, operation.path, value);
        break;
      }
    }
  }
  return copy;
}
