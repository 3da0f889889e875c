import type * as z from "zod";
import { tipRegistry } from "../meta/registry.js";
import { buildFieldTree } from "./build-field-tree.js";
import type { FieldNode } from "./field-node.js";

const trees = new WeakMap<z.ZodType, FieldNode>();

const metaOf = (schema: z.ZodType) => tipRegistry.get(schema);

/**
 * The field tree of a schema, with the metadata of `tipRegistry`: built on first use, then the same tree for
 * the same schema object. Any zod schema works; the model's own ones carry field ids, pii classes, code lists
 * and mappings.
 */
export function fieldTreeOf(schema: z.ZodType): FieldNode {
  let tree = trees.get(schema);
  if (tree === undefined) {
    tree = buildFieldTree(schema, { path: [], meta: metaOf(schema) }, metaOf);
    trees.set(schema, tree);
  }
  return tree;
}
