import { MODEL_OBJECTS } from "@tip/schema";
import type { z } from "zod";
import { type ObjectNode, shapeOf } from "../model/shape.js";

function collect(node: ObjectNode, names: Set<string>): void {
  for (const child of node.fields.values()) {
    for (const name of child.meta?.mappings?.htcds ?? []) names.add(name);
    if (child.kind === "object") collect(child, names);
    if (child.kind === "list") collect(child.item, names);
  }
}

/** Every HTCDS field name the model maps (`prs_Gender`, `vic_TypeOfExploitation`...), all spellings. */
export const HTCDS_FIELD_NAMES: ReadonlySet<string> = (() => {
  const names = new Set<string>();
  for (const schema of Object.values(MODEL_OBJECTS)) collect(shapeOf(schema as z.ZodType), names);
  return names;
})();

/** The HTCDS table prefixes (`prs_`, `vic_`, `cas_`...), read from the mapped field names. */
export const HTCDS_PREFIXES: readonly string[] = [
  ...new Set(
    [...HTCDS_FIELD_NAMES].map((name) => /^([a-z]{3}_)/.exec(name)?.[1]).filter((p) => p !== undefined),
  ),
];

/** Whether a column name looks like an HTCDS field (`prs_First_Name`, `group/vic_Vulnerabilities`). */
export function isHtcdsColumn(column: string): boolean {
  const name = column.slice(column.lastIndexOf("/") + 1).trim();
  return HTCDS_FIELD_NAMES.has(name) || HTCDS_PREFIXES.some((prefix) => name.startsWith(prefix));
}
