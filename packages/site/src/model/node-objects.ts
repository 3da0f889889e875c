import type { JsonSchemaNode } from "./json-schemas.js";

/** The object of the model a JSON Schema object node describes, read from its properties' `x-field`. */
export function objectNameOf(node: JsonSchemaNode): string | undefined {
  for (const property of Object.values(node.properties ?? {})) {
    const id = property["x-field"];
    if (id) return id.slice(0, id.indexOf("."));
  }
  return undefined;
}

/** The objects of the model a field's value is (or holds a list of, or is one of). */
export function objectsReferencedBy(node: JsonSchemaNode): readonly string[] {
  const names: string[] = [];
  const visit = (current: JsonSchemaNode) => {
    const own = objectNameOf(current);
    if (own) names.push(own);
    if (current.items) visit(current.items);
    for (const option of [...(current.oneOf ?? []), ...(current.anyOf ?? [])]) visit(option);
  };
  visit(node);
  return names;
}
