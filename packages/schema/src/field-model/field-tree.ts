import type { ObjectName } from "../i18n/object-texts.js";
import { ENTITIES, type RecordType } from "../model/entities.js";
import { MODEL_OBJECTS } from "../model/objects.js";
import type { ObjectFieldNode } from "./field-node.js";
import { fieldTreeOf } from "./schema-field-tree.js";

export { fieldTreeOf } from "./schema-field-tree.js";

/** The field tree of a record type of the core model (for a profile's, see `profileFieldTree`). */
export function recordFieldTree(recordType: RecordType): ObjectFieldNode {
  return fieldTreeOf(ENTITIES[recordType]) as ObjectFieldNode;
}

/** The field tree of one object of the model (`victim`, `eventPlace`…), as used in field ids. */
export function objectFieldTree(name: ObjectName): ObjectFieldNode {
  return fieldTreeOf(MODEL_OBJECTS[name]) as ObjectFieldNode;
}
