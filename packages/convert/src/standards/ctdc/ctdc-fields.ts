import { CODE_LISTS, type CodeList, Victim } from "@tip/schema";
import { assertModelPath } from "../../model/set-path.js";
import { type LeafNode, type ObjectNode, shapeOf } from "../../model/shape.js";

/** A canonical victim field that CTDC columns feed, found through its `mappings.ctdc` metadata. */
export interface CtdcField {
  /** Field id, e.g. `exploitation.meansOfControl`. */
  readonly id: string;
  /** Where it sits in a victim record, e.g. `["exploitation", "meansOfControl"]`. */
  readonly segments: readonly string[];
  readonly node: LeafNode;
  /** The code list of a coded field. */
  readonly codeList?: CodeList;
  /** The CTDC columns named in its metadata, both generations. */
  readonly columns: readonly string[];
}

function collect(node: ObjectNode, prefix: readonly string[], into: CtdcField[]): void {
  for (const [key, child] of node.fields) {
    const segments = [...prefix, key];
    if (child.kind === "object") collect(child, segments, into);
    if (child.kind !== "leaf") continue;
    const columns = child.meta?.mappings?.ctdc;
    if (!columns || columns.length === 0) continue;
    const listId = child.meta?.codeList;
    const codeList =
      listId !== undefined && Object.hasOwn(CODE_LISTS, listId)
        ? (CODE_LISTS[listId as keyof typeof CODE_LISTS] as CodeList)
        : undefined;
    assertModelPath(segments);
    into.push({ id: child.meta?.field ?? segments.join("."), segments, node: child, codeList, columns });
  }
}

/** Every victim field with CTDC columns, in schema order (derived from the field metadata). */
export const CTDC_FIELDS: readonly CtdcField[] = (() => {
  const fields: CtdcField[] = [];
  collect(shapeOf(Victim), [], fields);
  return fields;
})();
