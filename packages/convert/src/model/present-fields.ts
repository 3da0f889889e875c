import type { ObjectNode, ShapeNode } from "./shape.js";

function visit(node: ShapeNode, value: unknown, into: Set<string>): void {
  if (value === undefined) return;
  if (node.kind === "object") {
    if (value === null || typeof value !== "object") return;
    for (const [key, child] of node.fields) visit(child, (value as Record<string, unknown>)[key], into);
    return;
  }
  if (node.kind === "list") {
    if (node.meta) into.add(node.meta.field);
    if (Array.isArray(value)) for (const item of value) visit(node.item, item, into);
    return;
  }
  if (node.meta) into.add(node.meta.field);
}

/** The ids of the fields (`victim.birthDate`, `exploitation.forms`) that hold a value in a record. */
export function presentFields(shape: ObjectNode, record: unknown): Set<string> {
  const fields = new Set<string>();
  visit(shape, record, fields);
  return fields;
}
