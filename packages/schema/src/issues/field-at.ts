import { z } from "zod";
import { type FieldMeta, tipRegistry } from "../meta/registry.js";

/**
 * Finds the metadata of the field a path points at, walking the schema alongside the input (the input picks
 * the branch of a discriminated union). Returns the deepest registered field on the way.
 */
export function fieldAt(
  schema: z.ZodType,
  input: unknown,
  path: readonly PropertyKey[],
): FieldMeta | undefined {
  let current: z.ZodType | undefined = schema;
  let value: unknown = input;
  let found = tipRegistry.get(schema);
  for (const segment of path) {
    current = unwrap(current, value);
    if (current === undefined) break;
    if (current instanceof z.ZodObject) current = current.shape[String(segment)] as z.ZodType | undefined;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else current = undefined;
    value = childOf(value, segment);
    if (current === undefined) break;
    found = tipRegistry.get(current) ?? found;
  }
  return found;
}

function unwrap(schema: z.ZodType | undefined, value: unknown): z.ZodType | undefined {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable)
      current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodDiscriminatedUnion) current = branchOf(current, value);
    else return current;
  }
}

function branchOf(union: z.ZodDiscriminatedUnion, value: unknown): z.ZodType | undefined {
  const key = union.def.discriminator;
  const tag = childOf(value, key);
  return (union.options as z.ZodType[]).find(
    (option) =>
      option instanceof z.ZodObject && (option.shape[key] as z.ZodLiteral | undefined)?.value === tag,
  );
}

/** Reads an own property without touching prototypes (inputs may carry `__proto__` keys). */
export function childOf(value: unknown, key: PropertyKey): unknown {
  if (value === null || typeof value !== "object") return undefined;
  return Object.hasOwn(value, key) ? (value as Record<PropertyKey, unknown>)[key] : undefined;
}
