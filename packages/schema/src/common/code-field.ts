import * as z from "zod";
import type { CodeSet } from "../codes/define-code-list.js";
import { type FieldAnnotation, field } from "../meta/registry.js";

type Annotation = Omit<FieldAnnotation, "codeList">;

/** A field taking one code of a list. */
export function oneCode<C extends string>(list: CodeSet<C>, annotation: Annotation) {
  return field(list.schema, { ...annotation, codeList: list.id });
}

/** A field taking any number of codes of a list (HTCDS multi-select picklists). */
export function manyCodes<C extends string>(list: CodeSet<C>, annotation: Annotation) {
  return field(z.array(list.schema), { ...annotation, codeList: list.id });
}
