import { type Dimension, TOTAL } from "./dimensions.js";

/** The dimensions a population table can be broken down by. */
export const POPULATION_KEYS = ["sex", "age_group", "country", "year"] as const;

/** One row of a population table: the number of residents of one group (e.g. women, adults, TT, 2023). */
export interface PopulationRow {
  readonly population: number;
  readonly sex?: string;
  readonly age_group?: string;
  readonly country?: string;
  readonly year?: string | number;
}

type Key = (typeof POPULATION_KEYS)[number];

/** A population table that cannot be used: a population that is not above zero, or one varying by `key`. */
export class PopulationError extends RangeError {
  constructor(
    readonly reason: "not_positive" | "varies",
    readonly key?: Key,
  ) {
    super(
      reason === "varies"
        ? `The population varies by ${key} but the table is not broken down by ${key}`
        : "Every population must be a number above zero",
    );
    this.name = "PopulationError";
  }
}

/**
 * Checks a population table against a table's dimensions. A key the table is not broken down by must take a
 * single value (a population by year cannot be used for a table over all years); throws a `PopulationError`
 * when not, or when a population is not a positive number.
 */
export function checkPopulation(rows: readonly PopulationRow[], by: readonly Dimension[]): void {
  for (const row of rows) {
    if (!(typeof row.population === "number" && Number.isFinite(row.population) && row.population > 0)) {
      throw new PopulationError("not_positive");
    }
  }
  for (const key of POPULATION_KEYS) {
    if ((by as readonly string[]).includes(key)) continue;
    const values = new Set(
      rows
        .map((row) => row[key])
        .filter((value) => value !== undefined)
        .map(String),
    );
    if (values.size > 1) {
      throw new PopulationError("varies", key);
    }
  }
}

/**
 * The population of a cell: the sum of the rows agreeing with the cell on every dimension both have (a total
 * level agrees with every value). Undefined when no row agrees (e.g. sex unknown).
 */
export function populationOf(
  rows: readonly PopulationRow[],
  cell: Readonly<Partial<Record<Dimension, string>>>,
): number | undefined {
  let sum = 0;
  let found = false;
  for (const row of rows) {
    const agrees = POPULATION_KEYS.every((key: Key) => {
      const value = cell[key as Dimension];
      return value === undefined || value === TOTAL || row[key] === undefined || String(row[key]) === value;
    });
    if (agrees) {
      sum += row.population;
      found = true;
    }
  }
  return found ? sum : undefined;
}

/** Persons per 100,000 population, to three decimals. */
export function ratePer100k(count: number, population: number): number {
  return Math.round((count / population) * 100_000 * 1000) / 1000;
}
