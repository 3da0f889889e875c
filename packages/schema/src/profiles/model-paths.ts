import { z } from "zod";
import { tipRegistry } from "../meta/registry.js";
import { ENTITIES, type RecordType } from "../model/entities.js";

/** Where a code list is used in a record type: property names, `*` for every item of an array. */
export interface CodeSite {
  readonly path: readonly string[];
  readonly codeList: string;
  /** The field takes several codes (an array of codes). */
  readonly many: boolean;
  readonly field: string;
}

const sites = new Map<RecordType, readonly CodeSite[]>();

/** Every place a code list is used in a record type (a bundle has none of its own). Built once. */
export function codeSitesOf(recordType: RecordType): readonly CodeSite[] {
  let found = sites.get(recordType);
  if (found === undefined) {
    const out: CodeSite[] = [];
    if (recordType !== "bundle") walk(ENTITIES[recordType], [], out);
    found = out;
    sites.set(recordType, found);
  }
  return found;
}

function walk(schema: z.ZodType, path: string[], out: CodeSite[]): void {
  const meta = tipRegistry.get(schema);
  const inner = unwrap(schema);
  if (meta?.codeList !== undefined) {
    out.push({ path, codeList: meta.codeList, many: inner instanceof z.ZodArray, field: meta.field });
    return;
  }
  if (inner instanceof z.ZodObject) {
    for (const [key, child] of Object.entries(inner.shape)) walk(child as z.ZodType, [...path, key], out);
  } else if (inner instanceof z.ZodArray) walk(inner.element as z.ZodType, [...path, "*"], out);
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable)
    current = current.unwrap() as z.ZodType;
  return current;
}

/**
 * The field id a model path names (`victim`, `identification`, `date` → `identification.date`), or
 * `undefined` when the path is not a field of the model. `*` steps into array items.
 */
export function fieldOfPath(recordType: RecordType, path: readonly string[]): string | undefined {
  if (recordType === "bundle" || path.length === 0) return undefined;
  let current: z.ZodType = ENTITIES[recordType];
  let field: string | undefined;
  for (const segment of path) {
    let inner = unwrap(current);
    if (segment === "*") {
      if (!(inner instanceof z.ZodArray)) return undefined;
      current = inner.element as z.ZodType;
      continue;
    }
    if (inner instanceof z.ZodArray) return undefined;
    if (!(inner instanceof z.ZodObject) || !Object.hasOwn(inner.shape, segment)) return undefined;
    current = inner.shape[segment] as z.ZodType;
    field = tipRegistry.get(current)?.field;
    inner = unwrap(current);
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
