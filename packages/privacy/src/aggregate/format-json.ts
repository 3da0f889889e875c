import type { DimensionClassification } from "./classification.js";
import type { StatsTable } from "./table.js";

/** A cell as published in JSON: its values by dimension, the count, and `suppressed: true` when hidden. */
export type StatsJsonCell = Record<string, string | number | boolean | null>;

/** The JSON document of a table: `{ by, total, cells: [{ <dimension>: value, ..., count }] }`. */
export interface StatsJson {
  readonly by: readonly string[];
  readonly unit: string;
  readonly minCell: number;
  readonly total: number | null;
  /** How victims with several forms of exploitation were counted (`each` or `multiple`). */
  readonly severalForms: string;
  readonly cells: readonly StatsJsonCell[];
  /** Per dimension: persons under `unknown` by reason, values derived by source, persons left out. */
  readonly classification: Readonly<Record<string, DimensionClassification>>;
}

/**
 * The table as one JSON document. Each cell lists its value on each dimension (`total` in margins) and its
 * `count`; a suppressed cell has `count: null, suppressed: true`; with a population, each cell has `rate`.
 * `classification` says, per dimension, how many persons could not be classified and why, and how many values
 * were derived (counts that could reveal a suppressed cell are `null`).
 */
export function toStatsJson(table: StatsTable): StatsJson {
  return {
    by: table.by,
    unit: table.unit,
    minCell: table.minCell,
    total: table.total,
    severalForms: table.severalForms,
    cells: table.cells.map((cell) => {
      const out: StatsJsonCell = { ...cell.values, count: cell.count };
      if (cell.suppressed) out.suppressed = true;
      if (table.rates) out.rate = cell.rate ?? null;
      return out;
    }),
    classification: table.classification,
  };
}
