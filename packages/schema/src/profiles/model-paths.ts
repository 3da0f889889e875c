import { type CodeSite, codeSitesIn } from "../field-model/code-sites.js";
import type { FieldNode } from "../field-model/field-node.js";
import { recordFieldTree } from "../field-model/field-tree.js";
import type { RecordType } from "../model/entities.js";

export type { CodeSite } from "../field-model/code-sites.js";

const sites = new Map<RecordType, readonly CodeSite[]>();

/** Every place a code list is used in a record type (a bundle has none of its own). Built once. */
export function codeSitesOf(recordType: RecordType): readonly CodeSite[] {
  let found = sites.get(recordType);
  if (found === undefined) {
    found = recordType === "bundle" ? [] : codeSitesIn(recordFieldTree(recordType));
    sites.set(recordType, found);
  }
  return found;
}

/**
 * The field id a model path names (`victim`, `identification`, `date` → `identification.date`), or
 * `undefined` when the path is not a field of the model. `*` steps into array items.
 */
export function fieldOfPath(recordType: RecordType, path: readonly string[]): string | undefined {
  if (recordType === "bundle" || path.length === 0) return undefined;
  let current: FieldNode = recordFieldTree(recordType);
  let field: string | undefined;
  for (const segment of path) {
    if (segment === "*") {
      if (current.type !== "array") return undefined;
      current = current.item;
      continue;
    }
    const child: FieldNode | undefined =
      current.type === "object" ? current.children.get(segment) : undefined;
    if (child === undefined) return undefined;
    current = child;
    field = current.field;
  }
  return field;
}

/**
 * Calls `visit` with each object found at `parents` in `value` (following `*` into arrays), with its
 * path. Reads own properties only: records are untrusted input.
 */
export function eachAt(
  value: unknown,
  parents: readonly string[],
  visit: (parent: object, path: readonly (string | number)[]) => void,
  path: (string | number)[] = [],
  from = 0,
): void {
  if (value === null || typeof value !== "object") return;
  if (from === parents.length) {
    if (!Array.isArray(value)) visit(value, path);
    return;
  }
  const segment = parents[from] as string;
  if (segment === "*") {
    if (!Array.isArray(value)) return;
    for (let index = 0; index < value.length; index++)
      eachAt(value[index], parents, visit, [...path, index], from + 1);
    return;
  }
  if (Array.isArray(value) || !Object.hasOwn(value, segment)) return;
  eachAt((value as Record<string, unknown>)[segment], parents, visit, [...path, segment], from + 1);
}
