import { type FieldMeta, tipRegistry } from "@tip/schema";
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

interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly entries?: Readonly<Record<string, string>>;
  readonly values?: readonly unknown[];
  readonly valueType?: z.ZodType;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Strips `.optional()` / `.nullable()` / `.default()` wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if ((def.type === "optional" || def.type === "nullable" || def.type === "default") && def.innerType)
      current = def.innerType;
    else return current;
  }
}

function scalar(def: Def): { type: LeafType; values?: ReadonlySet<string> } | undefined {
  switch (def.type) {
    case "string":
    case "number":
    case "boolean":
      return { type: def.type };
    case "enum":
      return { type: "enum", values: new Set(Object.values(def.entries ?? {})) };
    case "literal":
      return { type: "literal", values: new Set((def.values ?? []).map(String)) };
    default:
      return undefined;
  }
}

function describe(schema: z.ZodType, meta: FieldMeta | undefined): ShapeNode {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === "object") return describeObject(inner, meta);
  if (def.type === "record" && defOf(unwrap(def.valueType as z.ZodType)).type === "record")
    return { kind: "extensions", meta };
  if (def.type === "array" && def.element) {
    const element = unwrap(def.element);
    const elementDef = defOf(element);
    if (elementDef.type === "object") return { kind: "list", item: describeObject(element, undefined), meta };
    const leaf = scalar(elementDef);
    if (leaf) return { kind: "leaf", ...leaf, many: true, meta };
    return { kind: "json", meta };
  }
  const leaf = scalar(def);
  return leaf ? { kind: "leaf", ...leaf, many: false, meta } : { kind: "json", meta };
}

function describeObject(schema: z.ZodType, meta: FieldMeta | undefined): ObjectNode {
  const fields = new Map<string, ShapeNode>();
  for (const [key, property] of Object.entries(defOf(schema).shape ?? {})) {
    fields.set(key, describe(property, tipRegistry.get(property)));
  }
  return { kind: "object", fields, meta };
}

const cache = new WeakMap<z.ZodType, ObjectNode>();

/**
 * The shape of a model object read from its zod schema: fields in schema order with their metadata from
 * `tipRegistry`. Converters derive columns and types from it instead of restating any field name.
 */
export function shapeOf(schema: z.ZodType): ObjectNode {
  let node = cache.get(schema);
  if (node === undefined) {
    node = describeObject(unwrap(schema), tipRegistry.get(schema));
    cache.set(schema, node);
  }
  return node;
}
