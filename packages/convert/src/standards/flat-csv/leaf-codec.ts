import { decimalCommaNumber } from "@tip/validate";
import type { LeafNode } from "../../model/shape.js";
import { joinList, splitList } from "./list-cell.js";

/** Why a cell could not be read as its field's type (a code for the report, never the value). */
export type CellProblem = "unknown_code" | "not_a_number" | "not_a_boolean" | "wrong_record_type";

/** A cell read as its field's type: a value, or a problem for the items that failed. */
export interface DecodedCell {
  readonly value?: unknown;
  readonly problem?: CellProblem;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const TRUE = new Set(["true", "1", "yes"]);
const FALSE = new Set(["false", "0", "no"]);

function encodeScalar(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value) ?? "";
}

/** The cell of a scalar field or list of scalars. Lists are joined with `;` (see `joinList`). */
export function encodeLeaf(node: LeafNode, value: unknown): string {
  if (node.many && Array.isArray(value)) return joinList(value.map(encodeScalar));
  return encodeScalar(value);
}

function decodeScalar(
  node: LeafNode,
  text: string,
  decimalComma: boolean,
  national: ReadonlySet<string> | undefined,
): { value?: unknown; problem?: CellProblem } {
  switch (node.type) {
    case "string":
      return { value: text };
    case "number": {
      const plain = decimalComma ? decimalCommaNumber(text) : text;
      return plain !== undefined && NUMBER.test(plain)
        ? { value: Number(plain) }
        : { problem: "not_a_number" };
    }
    case "boolean": {
      const lower = text.toLowerCase();
      if (TRUE.has(lower)) return { value: true };
      return FALSE.has(lower) ? { value: false } : { problem: "not_a_boolean" };
    }
    case "enum":
      return node.values?.has(text) || national?.has(text) ? { value: text } : { problem: "unknown_code" };
    case "literal":
      return node.values?.has(text) ? { value: text } : { problem: "wrong_record_type" };
  }
}

/**
 * Reads a non-empty cell as its field's type (the schema says which): numbers, booleans (`true`/`false`,
 * `1`/`0`, `yes`/`no`), codes of the field's list, or `national` codes a profile adds to it. In a list, the
 * items that read are kept and the first problem is returned with them. With `decimalComma`, numbers are
 * read as `16,5` (see `decimalCommaNumber`).
 */
export function decodeLeaf(
  node: LeafNode,
  cell: string,
  decimalComma = false,
  national?: ReadonlySet<string>,
): DecodedCell {
  if (!node.many) return decodeScalar(node, cell, decimalComma, national);
  const values: unknown[] = [];
  let problem: CellProblem | undefined;
  for (const item of splitList(cell)) {
    const decoded = decodeScalar(node, item, decimalComma, national);
    if (decoded.problem) problem ??= decoded.problem;
    else values.push(decoded.value);
  }
  return problem === undefined
    ? { value: values }
    : { value: values.length > 0 ? values : undefined, problem };
}
