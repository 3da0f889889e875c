import type * as z from "zod";
import type { FieldNode } from "../field-model/field-node.js";
import { fieldTreeOf } from "../field-model/schema-field-tree.js";
import type { FieldMeta } from "../meta/registry.js";

/**
 * Finds the metadata of the field a path points at, walking the schema's field tree alongside the input (the
 * input picks the option of a discriminated union). Returns the deepest registered field on the way.
 */
export function fieldAt(
  schema: z.ZodType,
  input: unknown,
  path: readonly PropertyKey[],
): FieldMeta | undefined {
  let current: FieldNode | undefined = fieldTreeOf(schema);
  let value: unknown = input;
  let found = current.meta;
  for (const segment of path) {
    current = optionOf(current, value);
    if (current === undefined) break;
    if (current.type === "object") current = current.children.get(String(segment));
    else if (current.type === "array") current = current.item;
    else if (current.type === "record") current = current.values;
    else current = undefined;
    value = childOf(value, segment);
    if (current === undefined) break;
    found = current.meta ?? found;
  }
  return found;
}

/**
 * The node of the schema's field tree at exactly `path` (a union resolved to the option the input's tag picks),
 * or `undefined` when the path leaves the tree.
 */
export function nodeAt(
  schema: z.ZodType,
  input: unknown,
  path: readonly PropertyKey[],
): FieldNode | undefined {
  let current: FieldNode | undefined = fieldTreeOf(schema);
  let value: unknown = input;
  for (const segment of path) {
    current = optionOf(current, value);
    if (current === undefined) return undefined;
    if (current.type === "object") current = current.children.get(String(segment));
    else if (current.type === "array") current = current.item;
    else if (current.type === "record") current = current.values;
    else return undefined;
    value = childOf(value, segment);
    if (current === undefined) return undefined;
  }
  return optionOf(current, value);
}

/** The option of a discriminated union that a value's tag picks; any other node as it is. */
function optionOf(node: FieldNode, value: unknown): FieldNode | undefined {
  if (node.type !== "union") return node;
  const key = node.discriminator;
  if (key === undefined) return undefined;
  const tag = childOf(value, key);
  return node.options.find((option) => {
    const literal = option.type === "object" ? option.children.get(key) : undefined;
    return literal?.type === "literal" && literal.values[0] === tag;
  });
}

/** Reads an own property without touching prototypes (inputs may carry `__proto__` keys). */
export function childOf(value: unknown, key: PropertyKey): unknown {
  if (value === null || typeof value !== "object") return undefined;
  return Object.hasOwn(value, key) ? (value as Record<PropertyKey, unknown>)[key] : undefined;
}
