import type { JsonSchemaFile, JsonSchemaNode } from "./json-schemas.js";

/** Where a field was found in the JSON Schemas: its node and whether its object requires it. */
export interface FieldNode {
  readonly node: JsonSchemaNode;
  readonly required: boolean;
}

/**
 * Walks the JSON Schemas and returns, for every `x-field` id, its first node. Record types come in
 * documentation order, so each record's own fields are met in its own file before any bundle embeds them.
 */
export function collectFieldNodes(files: readonly JsonSchemaFile[]): ReadonlyMap<string, FieldNode> {
  const found = new Map<string, FieldNode>();
  const visit = (node: JsonSchemaNode) => {
    const required = new Set(node.required ?? []);
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const id = child["x-field"];
      if (id && !found.has(id)) found.set(id, { node: child, required: required.has(key) });
      visit(child);
    }
    if (node.items) visit(node.items);
    for (const option of [...(node.oneOf ?? []), ...(node.anyOf ?? [])]) visit(option);
  };
  for (const file of files) visit(file.schema);
  return found;
}
