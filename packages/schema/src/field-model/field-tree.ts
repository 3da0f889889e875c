import type * as z from "zod";
import type { ObjectName } from "../i18n/object-texts.js";
import { tipRegistry } from "../meta/registry.js";
import { ENTITIES, type RecordType } from "../model/entities.js";
import { MODEL_OBJECTS } from "../model/objects.js";
import { buildFieldTree } from "./build-field-tree.js";
import type { FieldNode, ObjectFieldNode } from "./field-node.js";

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

/** The field tree of a record type of the core model (for a profile's, see `profileFieldTree`). */
export function recordFieldTree(recordType: RecordType): ObjectFieldNode {
  return fieldTreeOf(ENTITIES[recordType]) as ObjectFieldNode;
}

/** The field tree of one object of the model (`victim`, `eventPlace`…), as used in field ids. */
export function objectFieldTree(name: ObjectName): ObjectFieldNode {
  return fieldTreeOf(MODEL_OBJECTS[name]) as ObjectFieldNode;
}
