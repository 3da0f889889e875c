/**
 * Whether a value nests objects or arrays deeper than `maxDepth` (a flat object has depth 1). Iterative, so a
 * value nested 100,000 deep cannot overflow the stack. With `shared`, objects reachable twice (or cyclic
 * values handed to the API) are visited once.
 */
export function exceedsDepth(root: unknown, maxDepth: number, shared = false): boolean {
  if (root === null || typeof root !== "object") return false;
  const values: object[] = [root];
  const depths: number[] = [1];
  const seen = shared ? new Set<object>() : undefined;
  while (values.length > 0) {
    const value = values.pop() as object;
    const depth = depths.pop() as number;
    if (depth > maxDepth) return true;
    if (seen !== undefined) {
      if (seen.has(value)) continue;
      seen.add(value);
    }
    const children = Array.isArray(value) ? value : Object.values(value);
    for (const child of children) {
      if (child !== null && typeof child === "object") {
        values.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}
