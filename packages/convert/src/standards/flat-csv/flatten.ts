import type { ObjectNode, ShapeNode } from "../../model/shape.js";
import { encodeExtension } from "./extension-cell.js";
import { encodeLeaf } from "./leaf-codec.js";
import { EMPTY_LIST } from "./list-cell.js";

/** The cell of an empty object kept as such. */
export const EMPTY_OBJECT = "{}";

/**
 * The cells of one record keyed by column path. Fields unknown to the schema (only in invalid records) are
 * listed under their path as JSON so the writer can report them as dropped.
 */
export function flatten(shape: ObjectNode, record: unknown): Map<string, string> {
  const cells = new Map<string, string>();
  flattenObject(shape, record, "", cells);
  return cells;
}

function flattenObject(node: ObjectNode, value: unknown, path: string, cells: Map<string, string>): void {
  if (value === null || typeof value !== "object") return;
  const object = value as Record<string, unknown>;
  let empty = true;
  for (const [key, child] of Object.entries(object)) {
    if (child === undefined) continue;
    empty = false;
    const childPath = path === "" ? key : `${path}.${key}`;
    const childNode = node.fields.get(key);
    if (childNode === undefined) cells.set(childPath, JSON.stringify(child) ?? "");
    else flattenNode(childNode, child, childPath, cells);
  }
  if (empty && path !== "") cells.set(path, EMPTY_OBJECT);
}

function flattenNode(node: ShapeNode, value: unknown, path: string, cells: Map<string, string>): void {
  switch (node.kind) {
    case "leaf":
      cells.set(path, encodeLeaf(node, value));
      return;
    case "object":
      flattenObject(node, value, path, cells);
      return;
    case "list":
      if (!Array.isArray(value)) cells.set(path, JSON.stringify(value) ?? "");
      else if (value.length === 0) cells.set(path, EMPTY_LIST);
      else
        for (const [index, item] of value.entries())
          flattenObject(node.item, item, `${path}.${index}`, cells);
      return;
    case "extensions":
      if (value === null || typeof value !== "object") return;
      for (const [namespace, entries] of Object.entries(value as Record<string, unknown>)) {
        if (entries === null || typeof entries !== "object") continue;
        for (const [key, entry] of Object.entries(entries)) {
          if (entry !== undefined) cells.set(`${path}.${namespace}.${key}`, encodeExtension(entry));
        }
      }
      return;
    case "json":
      cells.set(path, JSON.stringify(value) ?? "");
  }
}
