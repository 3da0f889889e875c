import type { FieldNode } from "./field-node.js";

/** Where a code list is used in a record type: property names, `*` for every item of an array. */
export interface CodeSite {
  readonly path: readonly string[];
  readonly codeList: string;
  /** The field takes several codes (an array of codes). */
  readonly many: boolean;
  readonly field: string;
}

/** Every place a code list is used in a field tree, in the tree's order. */
export function codeSitesIn(tree: FieldNode): CodeSite[] {
  const out: CodeSite[] = [];
  walk(tree, [], out);
  return out;
}

function walk(node: FieldNode, path: string[], out: CodeSite[]): void {
  if (node.meta?.codeList !== undefined) {
    out.push({ path, codeList: node.meta.codeList, many: node.type === "array", field: node.meta.field });
    return;
  }
  if (node.type === "object") for (const [key, child] of node.children) walk(child, [...path, key], out);
  else if (node.type === "array") walk(node.item, [...path, "*"], out);
}
