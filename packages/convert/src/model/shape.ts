import { type FieldMeta, type FieldNode, fieldTreeOf } from "@tip/schema";
import type { z } from "zod";

/** The type of a scalar value as a CSV cell must be read back. */
export type LeafType = "string" | "number" | "boolean" | "enum" | "literal";

/** A scalar field, or a list of scalars (`many`), e.g. a code or a list of codes. */
export interface LeafNode {
  readonly kind: "leaf";
  readonly type: LeafType;
  readonly many: boolean;
  /** The allowed values of an `enum` or `literal`. */
  readonly values?: ReadonlySet<string>;
  readonly meta?: FieldMeta;
}

/** An object with named fields, in schema order. */
export interface ObjectNode {
  readonly kind: "object";
  readonly fields: ReadonlyMap<string, ShapeNode>;
  readonly meta?: FieldMeta;
}

/** A list of objects (`events`, `assistance`). */
export interface ListNode {
  readonly kind: "list";
  readonly item: ObjectNode;
  readonly meta?: FieldMeta;
}

/** The `extensions` record: namespace -> key -> any value. */
export interface ExtensionsNode {
  readonly kind: "extensions";
  readonly meta?: FieldMeta;
}

/** Anything else (never met in the model today); carried as JSON text. */
export interface JsonNode {
  readonly kind: "json";
  readonly meta?: FieldMeta;
}

/** One node of the shape of a model object. */
export type ShapeNode = LeafNode | ObjectNode | ListNode | ExtensionsNode | JsonNode;

function scalar(node: FieldNode): { type: LeafType; values?: ReadonlySet<string> } | undefined {
  switch (node.type) {
    case "string":
    case "date":
    case "datetime":
    case "partialDate":
      return { type: "string" };
    case "number":
    case "integer":
      return { type: "number" };
    case "boolean":
      return { type: "boolean" };
    case "enum":
      return { type: "enum", values: new Set(node.values) };
    case "literal":
      return { type: "literal", values: new Set(node.values.map(String)) };
    default:
      return undefined;
  }
}

function describe(node: FieldNode): ShapeNode {
  const { meta } = node;
  if (node.type === "object") return describeObject(node, meta);
  if (node.type === "record" && node.values.type === "record") return { kind: "extensions", meta };
  if (node.type === "array") {
    if (node.item.type === "object")
      return { kind: "list", item: describeObject(node.item, undefined), meta };
    const leaf = scalar(node.item);
    if (leaf) return { kind: "leaf", ...leaf, many: true, meta };
    return { kind: "json", meta };
  }
  const leaf = scalar(node);
  return leaf ? { kind: "leaf", ...leaf, many: false, meta } : { kind: "json", meta };
}

function describeObject(node: FieldNode, meta: FieldMeta | undefined): ObjectNode {
  const fields = new Map<string, ShapeNode>();
  if (node.type === "object") for (const [key, child] of node.children) fields.set(key, describe(child));
  return { kind: "object", fields, meta };
}

const cache = new WeakMap<z.ZodType, ObjectNode>();

/**
 * The shape of a model object read from its field tree: fields in schema order with their metadata from
 * `tipRegistry`. Converters derive columns and types from it instead of restating any field name.
 */
export function shapeOf(schema: z.ZodType): ObjectNode {
  let node = cache.get(schema);
  if (node === undefined) {
    const tree = fieldTreeOf(schema);
    node = describeObject(tree, tree.meta);
    cache.set(schema, node);
  }
  return node;
}
