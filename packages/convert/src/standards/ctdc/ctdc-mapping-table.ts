import { CTDC_2024_COLUMNS } from "./ctdc-2024-columns.js";
import { CTDC_COLUMNS } from "./ctdc-columns.js";

/** One row of the CTDC mapping table, for documentation. */
export interface CtdcMappingRow {
  readonly column: string;
  /** Canonical field id. */
  readonly field: string;
  /** `flag` 0/1 column, `value` coded column, `boolean`, `number`, or `kept` under `extensions.ctdc`. */
  readonly kind: "flag" | "value" | "boolean" | "number" | "kept";
  /** For a flag column, the codes it stands for. */
  readonly codes: readonly string[];
  /** `exact`, or `lossy` when reading it cannot tell which of its codes applied. */
  readonly reading: "exact" | "lossy" | "kept";
  /** Whether the 2024 synthetic shape has the column (and the writer fills it). */
  readonly in2024: boolean;
}

/**
 * The CTDC mapping table as the converters use it, derived from the schema metadata: every column of both
 * generations, the field it feeds and how. `docs/` renders it; nothing here is written by hand.
 */
export function ctdcMappingTable(): CtdcMappingRow[] {
  const in2024 = new Set<string>(CTDC_2024_COLUMNS);
  return [...CTDC_COLUMNS].flatMap(([column, rules]) =>
    rules.map((rule): CtdcMappingRow => {
      const codes = rule.kind === "flag" ? rule.codes : [];
      const kind = rule.kind === "unread" ? "kept" : rule.kind;
      const reading = rule.kind === "unread" ? "kept" : codes.length > 1 ? "lossy" : "exact";
      return { column, field: rule.field.id, kind, codes, reading, in2024: in2024.has(column) };
    }),
  );
}
