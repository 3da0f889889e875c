import { defineValue } from "./safe-keys.js";
import type { ObjectNode, ShapeNode } from "./shape.js";

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function orderNode(node: ShapeNode, value: unknown): unknown {
  if (node.kind === "object" && isObject(value)) return orderLikeSchema(node, value);
  if (node.kind === "list" && Array.isArray(value)) {
    // Lists filled by index may have holes (`events.0` empty, `events.1` set): close them.
    return value.filter((item) => item !== undefined).map((item) => orderNode(node.item, item));
  }
  return value;
}

/**
 * A copy of a record with its keys in schema order (unknown keys last) and holes in lists of objects closed,
 * so converted records print the same whatever the column order of the source.
 */
export function orderLikeSchema(node: ObjectNode, value: Record<string, unknown>): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const [key, child] of node.fields) {
    if (Object.hasOwn(value, key) && value[key] !== undefined) ordered[key] = orderNode(child, value[key]);
  }
  // Keys the schema does not know (in invalid records) may be `__proto__` from JSON: copied as own properties.
  for (const [key, child] of Object.entries(value)) {
    if (!node.fields.has(key) && child !== undefined) defineValue(ordered, key, child);
  }
  return ordered;
}
