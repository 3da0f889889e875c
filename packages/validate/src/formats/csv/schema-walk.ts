import { type FieldNode, TEXT_TYPES } from "@tip/schema";

/** How a CSV cell becomes a value: by the type the schema expects at the column's path. */
export type CellKind =
  | { readonly type: "string" | "number" | "boolean" | "json" }
  | { readonly type: "array"; readonly element: "string" | "number" | "boolean" };

/** Whether a property may be left out. */
export function isOptional(node: FieldNode): boolean {
  return node.optional;
}

/** The properties of an object node, or undefined for another kind of node. */
export function shapeOf(node: FieldNode): ReadonlyMap<string, FieldNode> | undefined {
  return node.type === "object" ? node.children : undefined;
}

/** Extension namespaces and keys are free; `__proto__` and friends never become paths. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * The field at a dotted column path (`exploitation.forms`, `assistance.0.service`, `extensions.lc.region`),
 * or undefined when the path names no field. Free-form parts (`extensions`) accept any key below them, once
 * the key there is one the model takes (an extension namespace is a lower-case identifier).
 */
export function schemaAt(root: FieldNode, segments: readonly string[]): FieldNode | "free" | undefined {
  let current: FieldNode = root;
  for (const segment of segments) {
    if (segment === "" || FORBIDDEN_KEYS.has(segment)) return undefined;
    if (current.type === "object") {
      const child = current.children.get(segment);
      if (child === undefined) return undefined;
      current = child;
    } else if (current.type === "array" && /^\d{1,6}$/.test(segment)) current = current.item;
    // A namespace the model would refuse (`extensions.<a name>.x`) is no field: its column is named by number.
    else if (current.type === "record")
      return current.keys.schema.safeParse(segment).success === false ? undefined : "free";
    else return undefined;
  }
  return current;
}

/** The type of a cell holding one value of a node, if the node holds one value. */
function scalarOf(node: FieldNode): "string" | "number" | "boolean" | undefined {
  if (TEXT_TYPES.has(node.type) || node.type === "enum" || node.type === "literal") return "string";
  if (node.type === "number" || node.type === "integer") return "number";
  if (node.type === "boolean") return "boolean";
  return undefined;
}

/** How to read a cell for a field: scalars by their type, arrays of scalars split on `;`, the rest as JSON. */
export function kindOf(node: FieldNode | "free"): CellKind {
  if (node === "free") return { type: "string" };
  const scalar = scalarOf(node);
  if (scalar !== undefined) return { type: scalar };
  if (node.type === "array") {
    const element = scalarOf(node.item);
    if (element !== undefined) return { type: "array", element };
  }
  return { type: "json" };
}
