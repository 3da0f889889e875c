import type { z } from "zod";

/** How a CSV cell becomes a value: by the type the schema expects at the column's path. */
export type CellKind =
  | { readonly type: "string" | "number" | "boolean" | "json" }
  | { readonly type: "array"; readonly element: "string" | "number" | "boolean" };

type Def = {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  keyType?: z.ZodType;
};

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Looks through `.optional()`, `.nullable()` and similar wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if ((def.type === "optional" || def.type === "nullable" || def.type === "default") && def.innerType) {
      current = def.innerType;
    } else return current;
  }
}

/** Whether a property may be left out. */
export function isOptional(schema: z.ZodType): boolean {
  return defOf(schema).type === "optional";
}

/** The properties of an object schema, or undefined for another kind of schema. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const inner = unwrap(schema);
  return defOf(inner).type === "object" ? (inner as unknown as z.ZodObject).shape : undefined;
}

/** Extension namespaces and keys are free; `__proto__` and friends never become paths. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * The schema at a dotted column path (`exploitation.forms`, `assistance.0.service`, `extensions.lc.region`),
 * or undefined when the path names no field. Free-form parts (`extensions`) accept any key below them, once
 * the key there is one the model takes (an extension namespace is a lower-case identifier).
 */
export function schemaAt(root: z.ZodType, segments: readonly string[]): z.ZodType | "free" | undefined {
  let current: z.ZodType = root;
  for (const segment of segments) {
    if (segment === "" || FORBIDDEN_KEYS.has(segment)) return undefined;
    const schema = unwrap(current);
    const def = defOf(schema);
    if (def.type === "object") {
      const shape = (schema as unknown as z.ZodObject).shape;
      if (!Object.hasOwn(shape, segment)) return undefined;
      current = shape[segment] as z.ZodType;
    } else if (def.type === "array" && /^\d{1,6}$/.test(segment) && def.element) current = def.element;
    // A namespace the model would refuse (`extensions.<a name>.x`) is no field: its column is named by number.
    else if (def.type === "record")
      return def.keyType?.safeParse(segment).success === false ? undefined : "free";
    else return undefined;
  }
  return current;
}

const SCALARS: Readonly<Record<string, "string" | "number" | "boolean">> = {
  string: "string",
  enum: "string",
  literal: "string",
  number: "number",
  int: "number",
  boolean: "boolean",
};

/** How to read a cell for a schema: scalars by their type, arrays of scalars split on `;`, the rest as JSON. */
export function kindOf(schema: z.ZodType | "free"): CellKind {
  if (schema === "free") return { type: "string" };
  const def = defOf(unwrap(schema));
  const scalar = SCALARS[def.type];
  if (scalar !== undefined) return { type: scalar };
  if (def.type === "array" && def.element) {
    const element = SCALARS[defOf(unwrap(def.element)).type];
    if (element !== undefined) return { type: "array", element };
  }
  return { type: "json" };
}
