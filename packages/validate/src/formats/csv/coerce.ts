import { decimalCommaNumber } from "./csv-dialect.js";
import type { CellKind } from "./schema-walk.js";

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Separator of repeated values in one cell (`forced_labour;sexual_exploitation`). */
export const REPEAT_SEPARATOR = ";";

/**
 * Turns a non-empty cell into the value the schema expects. A cell that does not read as that type stays a
 * string, so the schema reports it as the wrong type instead of the SDK guessing.
 */
export function coerce(cell: string, kind: CellKind, decimalComma = false): unknown {
  switch (kind.type) {
    case "string":
      return cell;
    case "number":
      return toNumber(cell, decimalComma);
    case "boolean":
      return toBoolean(cell);
    case "json":
      try {
        return JSON.parse(cell);
      } catch {
        return cell;
      }
    case "array": {
      const element = { type: kind.element } as const;
      const values: unknown[] = [];
      for (const part of cell.split(REPEAT_SEPARATOR)) {
        const trimmed = part.trim();
        if (trimmed !== "") values.push(coerce(trimmed, element, decimalComma));
      }
      return values;
    }
  }
}

function toNumber(cell: string, decimalComma: boolean): unknown {
  const text = decimalComma ? decimalCommaNumber(cell) : cell;
  const trimmed = text?.trim();
  return trimmed !== undefined && NUMBER.test(trimmed) ? Number(trimmed) : cell;
}

function toBoolean(cell: string): unknown {
  const lower = cell.trim().toLowerCase();
  if (lower === "true") return true;
  if (lower === "false") return false;
  return cell;
}
