import { ENTITIES, type Issue, isRecordType } from "@tip/schema";
import { type ShapeNode, shapeOf } from "./shape.js";

/** Stands for a key of a pointer that is not a name of the model (an unknown key, an extension key). */
export const HIDDEN_KEY = "*";

const INDEX = /^(0|[1-9]\d*)$/;

function decode(segment: string): string {
  return segment.replaceAll("~1", "/").replaceAll("~0", "~");
}

function encode(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

/**
 * A JSON Pointer into a record with every key that is not a name of the model replaced by `*`: unknown keys,
 * extension namespaces and keys. Field names and list indexes stay, so the pointer still locates the value.
 */
export function modelPointer(pointer: string, recordType: unknown): string {
  if (pointer === "") return pointer;
  const segments = pointer.slice(1).split("/").map(decode);
  let node: ShapeNode | undefined = isRecordType(recordType) ? shapeOf(ENTITIES[recordType]) : undefined;
  const out: string[] = [];
  for (const segment of segments) {
    if (node?.kind === "object" && node.fields.has(segment)) {
      out.push(segment);
      node = node.fields.get(segment);
    } else if ((node?.kind === "list" || (node?.kind === "leaf" && node.many)) && INDEX.test(segment)) {
      out.push(segment);
      node = node.kind === "list" ? node.item : undefined;
    } else {
      out.push(HIDDEN_KEY);
      node = undefined;
    }
  }
  return `/${out.map(encode).join("/")}`;
}

/**
 * An issue of a converted record that names no key outside the model: its pointer as `modelPointer` gives it.
 * `@tip/schema` already points at the object holding a key that is not in the model (and numbers the key in
 * `params.position`); this keeps any other pointer from naming one.
 */
export function modelIssue(issue: Issue, recordType: unknown): Issue {
  const path = modelPointer(issue.path, recordType);
  return path === issue.path ? issue : { ...issue, path };
}
