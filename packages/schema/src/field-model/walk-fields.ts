import type { LocaleBundle } from "../i18n/locale-bundle.js";
import type { FieldNode } from "./field-node.js";

/**
 * Visits a tree depth first, each node before what is inside it: an object's fields in schema order, a list's
 * item, a record's declared namespaces then its values, a union's options. Record keys are not visited (they
 * are not fields). Return `false` from `visit` to skip what is inside a node.
 */
export function walkFields(root: FieldNode, visit: (node: FieldNode) => boolean | undefined): void {
  if (visit(root) === false) return;
  for (const inner of innerNodes(root)) walkFields(inner, visit);
}

/** The nodes directly inside a node, in the order `walkFields` visits them. */
export function innerNodes(node: FieldNode): readonly FieldNode[] {
  switch (node.type) {
    case "object":
      return [...node.children.values()];
    case "array":
      return [node.item];
    case "record":
      return [...(node.namespaces?.values() ?? []), node.values];
    case "union":
      return node.options;
    default:
      return [];
  }
}

/**
 * The node one step inside another: an object's field by name, a list's item for `*` or an index, a record's
 * declared namespace or else its values for any key (whether the record takes that key is its `keys` node's
 * to say). `undefined` when there is no such step (a union's option is picked by the caller).
 */
export function childNode(node: FieldNode, segment: string): FieldNode | undefined {
  switch (node.type) {
    case "object":
      return node.children.get(segment);
    case "array":
      return segment === "*" || /^\d+$/.test(segment) ? node.item : undefined;
    case "record":
      return node.namespaces?.get(segment) ?? node.values;
    default:
      return undefined;
  }
}

/** The node at a path of `childNode` steps (`["events", "*", "place", "city"]`), or `undefined`. */
export function nodeAt(root: FieldNode, path: readonly string[]): FieldNode | undefined {
  let node: FieldNode | undefined = root;
  for (const segment of path) {
    node = childNode(node, segment);
    if (node === undefined) return undefined;
  }
  return node;
}

/**
 * A field's label in the language of a locale bundle: the profile's label when the tree is a profile's, else
 * the model's. `undefined` for a node that is no field (a list's item, a root).
 */
export function fieldLabel(node: FieldNode, bundle: LocaleBundle): string | undefined {
  const own = node.labels;
  if (own !== undefined && Object.hasOwn(own, bundle.locale)) return own[bundle.locale];
  if (node.field === undefined || !Object.hasOwn(bundle.fields, node.field)) return own?.en;
  return bundle.fields[node.field as keyof LocaleBundle["fields"]].label;
}
