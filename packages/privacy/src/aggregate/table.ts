import type { DimensionClassification } from "./classification.js";
import type { Dimension, Unit } from "./dimensions.js";
import type { SeveralFormsRule } from "./victim-values.js";

/** One published cell of a table; margins have `total` as the value of the dimensions they sum over. */
export interface StatsCell {
  /** The cell's value on each dimension of the table (a code, or `total`). */
  readonly values: Readonly<Partial<Record<Dimension, string>>>;
  /** Persons counted; `null` when suppressed. */
  readonly count: number | null;
  readonly suppressed: boolean;
  /** Persons per 100,000 population, when a population table was given; `null` when suppressed or unknown. */
  readonly rate?: number | null;
}

/**
 * A table ready to publish: suppressed cells carry no count, and nothing tells primary from secondary
 * suppression (that would tell which hidden cells are small).
 */
export interface StatsTable {
  readonly unit: Unit;
  readonly by: readonly Dimension[];
  /** The levels of each dimension, in table order (without `total`). */
  readonly levels: Readonly<Partial<Record<Dimension, readonly string[]>>>;
  readonly minCell: number;
  /** The grand total (persons counted once each), `null` when suppressed. */
  readonly total: number | null;
  /** Every cell, margins included, in row-major order with totals last on each dimension. */
  readonly cells: readonly StatsCell[];
  /** Cells suppressed, primary and secondary together. */
  readonly suppressedCells: number;
  /** Whether rates per 100,000 were computed. */
  readonly rates: boolean;
  /** How victims with several forms of exploitation were counted. */
  readonly severalForms: SeveralFormsRule;
  /** Per dimension: persons counted as unknown by reason, values derived by source, persons left out. */
  readonly classification: Readonly<Partial<Record<Dimension, DimensionClassification>>>;
}
