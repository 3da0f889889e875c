/** Resolves a JSON Pointer (RFC 6901) in a value through own properties only; `undefined` when it does not. */
export function resolve(root: unknown, pointer: string): { value: unknown } | undefined {
  if (pointer === "") return { value: root };
  if (!pointer.startsWith("/")) return undefined;
  let value = root;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return { value };
}

/** The pointer of the parent of what a pointer names. */
export function parentOf(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf("/"));
}

/** Every path (as segments) of the objects and arrays inside a value, the root included. */
export function pathsOf(root: unknown): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const stack: [unknown, (string | number)[]][] = [[root, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, (string | number)[]];
    paths.push(path);
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        stack.push([item, [...path, i]]);
      });
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) stack.push([item, [...path, key]]);
    }
  }
  return paths;
}
