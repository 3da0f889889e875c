import jsonPatch from "fast-json-patch";

/** The subset of JSON Patch (RFC 6902) the vector table uses. */
export type PatchOperation =
  | { readonly op: "add" | "replace"; readonly path: string; readonly value: unknown }
  | { readonly op: "remove"; readonly path: string }
  | { readonly op: "move"; readonly from: string; readonly path: string };

/**
 * Applies a JSON Patch to a deep copy of a document and returns the copy. Throws when a path does not exist,
 * so a vector whose example changed shape fails loudly instead of testing nothing. A replaced key moves last,
 * as a removal then an addition would leave it: the vectors number keys by their place.
 */
export function applyPatch<T>(document: T, operations: readonly PatchOperation[]): T {
  const steps = operations.flatMap((operation) =>
    operation.op === "replace"
      ? [
          { op: "remove" as const, path: operation.path },
          { op: "add" as const, path: operation.path, value: operation.value },
        ]
      : [operation],
  );
  // Validated (a missing path throws), on a copy, never writing through `__proto__`.
  return jsonPatch.applyPatch(structuredClone(document), structuredClone(steps), true, true, true)
    .newDocument;
}
