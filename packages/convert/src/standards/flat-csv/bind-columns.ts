import { isForbiddenKey } from "../../model/safe-keys.js";
import type { LeafNode, ObjectNode, ShapeNode } from "../../model/shape.js";

/** A path into a record: property names and list indexes. */
export type Segments = readonly (string | number)[];

/** What one header cell of a flat CSV refers to. */
export type ColumnBinding =
  | { readonly kind: "leaf"; readonly column: string; readonly segments: Segments; readonly node: LeafNode }
  | { readonly kind: "json"; readonly column: string; readonly segments: Segments; readonly field?: string }
  | {
      readonly kind: "container";
      readonly column: string;
      readonly segments: Segments;
      readonly list: boolean;
    }
  | { readonly kind: "extension"; readonly column: string; readonly namespace: string; readonly key: string }
  | { readonly kind: "unknown"; readonly column: string }
  /** A path with a `__proto__`, `constructor` or `prototype` part: its cells are never read. */
  | { readonly kind: "forbidden"; readonly column: string };

const INDEX = /^(0|[1-9]\d{0,5})$/;

/**
 * Resolves a dotted column name against the shape of the record type: `exploitation.forms` is a leaf,
 * `events.0.place.country` a leaf inside the first event, `events` a kept-empty list, `extensions.lc.note` an
 * extension value. A path with a part such as `__proto__` is `forbidden`. Anything else is `unknown` (kept
 * under `extensions.csv` by the reader).
 */
export function bindColumn(shape: ObjectNode, column: string): ColumnBinding {
  const parts = column.split(".");
  if (parts.some(isForbiddenKey)) return { kind: "forbidden", column };
  const segments: (string | number)[] = [];
  let node: ShapeNode = shape;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as string;
    if (node.kind === "object") {
      const child = node.fields.get(part);
      if (child === undefined) return { kind: "unknown", column };
      segments.push(part);
      node = child;
      if (child.kind === "extensions") {
        const namespace = parts[index + 1];
        const key = parts.slice(index + 2).join(".");
        if (namespace === undefined || key === "") return { kind: "unknown", column };
        return { kind: "extension", column, namespace, key };
      }
    } else if (node.kind === "list") {
      if (!INDEX.test(part)) return { kind: "unknown", column };
      segments.push(Number(part));
      node = node.item;
    } else return { kind: "unknown", column };
  }
  switch (node.kind) {
    case "leaf":
      return { kind: "leaf", column, segments, node };
    case "json":
      return { kind: "json", column, segments, field: node.meta?.field };
    case "object":
      return { kind: "container", column, segments, list: false };
    case "list":
      return { kind: "container", column, segments, list: true };
    default:
      return { kind: "unknown", column };
  }
}
