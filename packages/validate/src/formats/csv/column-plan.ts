import {
  type FieldId,
  type FieldNode,
  type Issue,
  type MessageLocale,
  type RecordType,
  recordFieldTree,
  toPointer,
} from "@tip/schema";
import { inputIssue } from "../../shared/input-issue.js";
import { type CellKind, isOptional, kindOf, schemaAt, shapeOf } from "./schema-walk.js";

/** A column of the CSV that maps to a field. */
export interface Column {
  /** Position in the row, from 0. */
  readonly index: number;
  readonly segments: readonly string[];
  readonly kind: CellKind;
}

/** How the columns of a CSV map to the fields of one record type, and what is wrong with its header. */
export interface ColumnPlan {
  readonly columns: readonly Column[];
  /** JSON Pointer of each column's field to the column number (from 1). */
  readonly columnOf: ReadonlyMap<string, number>;
  /** Issues of the header, each with its column number when it is about one column. */
  readonly issues: readonly { readonly issue: Issue; readonly column?: number }[];
}

/**
 * Maps CSV header cells (dotted paths such as `identification.status`) to the fields of a record type:
 * reports unknown columns, columns named twice, and required fields that have no column. `recordType` needs
 * no column when the caller names the type.
 */
export function planColumns(
  header: readonly string[],
  recordType: RecordType,
  typeGiven: boolean,
  locale: MessageLocale,
): ColumnPlan {
  const schema = recordFieldTree(recordType);
  const columns: Column[] = [];
  const columnOf = new Map<string, number>();
  const issues: { issue: Issue; column?: number }[] = [];
  const seen = new Set<string>();
  header.forEach((cell, index) => {
    const name = cell.trim();
    const column = index + 1;
    if (seen.has(name)) {
      issues.push({
        issue: inputIssue("csv_duplicate_column", "", { column }, locale),
        column,
      });
      return;
    }
    seen.add(name);
    const segments = name.split(".");
    const target = schemaAt(schema, segments);
    if (target === undefined) {
      // Named by number: a header that is not a field is any text, perhaps a value.
      issues.push({ issue: inputIssue("csv_extra_column", "", { column }, locale), column });
      return;
    }
    columns.push({ index, segments, kind: kindOf(target) });
    columnOf.set(toPointer(segments), column);
  });
  for (const segments of requiredPaths(schema)) {
    if (typeGiven && segments.length === 1 && segments[0] === "recordType") continue;
    if (isCovered(segments, seen)) continue;
    const target = schemaAt(schema, segments);
    const field =
      target === undefined || target === "free" ? undefined : (target.field as FieldId | undefined);
    const params = { column: segments.join("."), ...(field !== undefined && { field }) };
    issues.push({ issue: inputIssue("csv_missing_column", toPointer(segments), params, locale) });
  }
  return { columns, columnOf, issues };
}

/** Paths of the fields a record must have: required properties, through required objects. */
function requiredPaths(schema: FieldNode, prefix: readonly string[] = []): string[][] {
  const shape = shapeOf(schema);
  if (shape === undefined) return [];
  const paths: string[][] = [];
  for (const [key, property] of shape) {
    if (isOptional(property)) continue;
    const path = [...prefix, key];
    const inner = requiredPaths(property, path);
    if (shapeOf(property) === undefined) paths.push(path);
    else paths.push(...inner);
  }
  return paths;
}

/** Whether a column gives the path, or a whole object above it (a JSON cell). */
function isCovered(segments: readonly string[], columns: ReadonlySet<string>): boolean {
  for (let length = segments.length; length > 0; length--) {
    if (columns.has(segments.slice(0, length).join("."))) return true;
  }
  return false;
}

/** The column (from 1) whose field holds the value an issue path points at, if any. */
export function columnAt(plan: ColumnPlan, path: string): number | undefined {
  let pointer = path;
  for (;;) {
    const column = plan.columnOf.get(pointer);
    if (column !== undefined || pointer === "") return column;
    pointer = pointer.slice(0, pointer.lastIndexOf("/"));
  }
}
