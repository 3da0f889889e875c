import { DataReadError, readData, readRecords } from "@tip/schema";
import { publishedClassification } from "./classification-report.js";
import { type CountResult, CubeCounter, countCube } from "./count.js";
import { COUNTED_FIELDS } from "./counted-fields.js";
import { type Cube, cellCoords, grandTotalIndex } from "./cube.js";
import { type Dimension, dimensionsOf, TOTAL, UNITS, type Unit } from "./dimensions.js";
import { secondarySuppression } from "./hypercube.js";
import { checkPopulation, type PopulationRow, populationOf, ratePer100k } from "./population.js";
import { primarySuppression, resolveMinCell } from "./primary.js";
import type { StatsCell, StatsTable } from "./table.js";
import type { SeveralFormsRule } from "./victim-values.js";

/** Options of `aggregate`. */
export interface AggregateOptions {
  /** Dimensions to break the counts down by, in order (first = rows of a two-way table). */
  readonly by: readonly Dimension[];
  /** Victims (default) or perpetrators; `stage` implies perpetrators. */
  readonly unit?: Unit;
  /** Smallest count published; cells from 1 to minCell - 1 are suppressed. Default 5. */
  readonly minCell?: number;
  /** Residents by sex / age group / country / year; adds SDG 16.2.2-style rates per 100,000. */
  readonly population?: readonly PopulationRow[];
  /** Restricts dimensions to some values; persons with none of them are left out. */
  readonly levels?: Readonly<Partial<Record<Dimension, readonly string[]>>>;
  /**
   * How a victim with several forms of exploitation is counted: `each` (default, as GLOTIP tables do) once
   * under each form and once in the totals; `multiple` once, under `multiple` (exploitation) or GLOTIP's
   * "mixed or other forms" (glotip_form), so the cells add up.
   */
  readonly severalForms?: SeveralFormsRule;
}

/** The unit of a table: as given, else perpetrators when a dimension exists only for them, else victims. */
export function unitOf(options: Pick<AggregateOptions, "by" | "unit">): Unit {
  if (options.unit) return options.unit;
  const fits = (unit: Unit) => options.by.every((dimension) => dimensionsOf(unit).includes(dimension));
  // Victims first, then perpetrators (as before), then the units whose dimensions are their own.
  return UNITS.find(fits) ?? "perpetrators";
}

/** The table with its true counts and the suppressed cells; for the data owner and tests, never to publish. */
export interface AggregateWorkings {
  readonly table: StatsTable;
  readonly cube: Cube;
  readonly primary: ReadonlySet<number>;
  readonly suppressed: ReadonlySet<number>;
}

/**
 * Counts victims (or perpetrators) by the given dimensions with every margin, then suppresses: cells counting
 * 1 to minCell - 1 persons (primary), and more cells chosen so that no suppressed cell can be worked out from
 * the published row, column and grand totals (secondary, hypercube method). A victim with several forms of
 * exploitation is counted once under each form and once in the totals, as GLOTIP does (a total is therefore
 * a number of persons and may be less than the sum of its cells), or once under a "multiple" value with
 * `severalForms: "multiple"`. The table says, per dimension, how many persons it could not classify and why,
 * and how many values were derived (sex from gender, age group from a birth date or an age band...). With a
 * population table, each published cell gets a rate per 100,000 (SDG 16.2.2).
 *
 * Reads of each record only the fields it counts (`COUNTED_FIELDS`: sex, gender, ages, citizenships, forms of
 * exploitation, identification, proceedings, and the records of a bundle), as `readData` of `@tip/schema` reads
 * them: names, notes and extensions are never copied nor even touched. Throws `DataReadError` (with the
 * record's position and a pointer) when one of those fields, or the record itself, cannot be read as data: a
 * getter or proxy that throws, a cycle, a function, over 1,000,000 values, nesting over 64 deep.
 */
export function aggregate(records: readonly unknown[], options: AggregateOptions): StatsTable {
  return aggregateWorkings(readRecords(records, {}, COUNTED_FIELDS), options).table;
}

/** `aggregate` on records already read as plain data, also returning the true counts and which cells were suppressed. */
export function aggregateWorkings(records: readonly unknown[], options: AggregateOptions): AggregateWorkings {
  const unit = checkOptions(options);
  const counted = countCube(records, unit, options.by, {
    levels: options.levels,
    severalForms: options.severalForms,
  });
  return workingsOf(counted, unit, options);
}

/**
 * `aggregate` one record at a time, for inputs read as a stream: `add` each record, then `table` once. Holds one
 * entry per distinct combination of values, not the records; a table of perpetrators by stage or year also
 * holds the proceedings of each case, and the ids of the perpetrators without proceedings of their own until
 * `table` (their case may come after them). Throws like `aggregate` for bad options, at once; never throws on a
 * record (see `add`).
 */
export class Aggregator {
  readonly #options: AggregateOptions;
  readonly #unit: Unit;
  readonly #counter: CubeCounter;
  #added = 0;
  #unreadable = 0;

  constructor(options: AggregateOptions) {
    this.#options = options;
    this.#unit = checkOptions(options);
    this.#counter = new CubeCounter(this.#unit, options.by, {
      levels: options.levels,
      severalForms: options.severalForms,
    });
  }

  /**
   * Counts a record if it is a person of the table's unit (bundles are looked into), notes the proceedings of a
   * case when the table needs them, passes over others. Reads the record as `aggregate` does. A record that
   * cannot be read as data is passed over and counted in `unreadable`, and its problem is returned (never
   * thrown): a `DataReadError` with the record's position among those added and a pointer, no value. Returns
   * undefined for every other record.
   */
  add(record: unknown): DataReadError | undefined {
    const position = this.#added++;
    const read = readData(record, {}, COUNTED_FIELDS);
    if (!read.ok) {
      this.#unreadable++;
      return DataReadError.of(read, position);
    }
    this.#counter.add(read.value);
    return undefined;
  }

  /** How many records `add` passed over because they could not be read as data. */
  get unreadable(): number {
    return this.#unreadable;
  }

  /** The table of what was added, with suppression applied. */
  table(): StatsTable {
    return workingsOf(this.#counter.result(), this.#unit, this.#options).table;
  }
}

function checkOptions(options: AggregateOptions): Unit {
  const unit = unitOf(options);
  resolveMinCell(options.minCell);
  checkDimensions(options.by, unit);
  if (options.population) checkPopulation(options.population, options.by);
  return unit;
}

function workingsOf(counted: CountResult, unit: Unit, options: AggregateOptions): AggregateWorkings {
  const minCell = resolveMinCell(options.minCell);
  const severalForms = options.severalForms ?? "each";
  const { cube } = counted;
  const primary = primarySuppression(cube, minCell);
  const suppressed = secondarySuppression(cube, primary);
  const cells = cube.counts.map((count, index) =>
    publishedCell(cube, index, count, suppressed, options.population),
  );
  const grand = grandTotalIndex(cube);
  const table: StatsTable = {
    unit,
    by: options.by,
    levels: Object.fromEntries(cube.axes.map((axis) => [axis.dimension, axis.levels])),
    minCell,
    total: suppressed.has(grand) ? null : (cube.counts[grand] ?? 0),
    cells,
    suppressedCells: suppressed.size,
    rates: options.population !== undefined,
    severalForms,
    classification: Object.fromEntries(
      publishedClassification(cube, counted.classification, suppressed, minCell).map((entry, axis) => [
        options.by[axis],
        entry,
      ]),
    ),
  };
  return { table, cube, primary, suppressed };
}

function checkDimensions(by: readonly Dimension[], unit: Unit): void {
  if (by.length === 0) throw new RangeError("A table needs at least one dimension");
  if (new Set(by).size !== by.length) throw new RangeError("A dimension is given twice");
  const allowed = dimensionsOf(unit);
  for (const dimension of by) {
    if (!allowed.includes(dimension))
      throw new RangeError(`Counts of ${unit} cannot be broken down by ${dimension}`);
  }
}

function publishedCell(
  cube: Cube,
  index: number,
  count: number,
  suppressed: ReadonlySet<number>,
  population: readonly PopulationRow[] | undefined,
): StatsCell {
  const coords = cellCoords(cube, index);
  const values = Object.fromEntries(
    cube.axes.map((axis, position) => [axis.dimension, axis.levels[coords[position] ?? 0] ?? TOTAL]),
  );
  const hidden = suppressed.has(index);
  const cell = { values, count: hidden ? null : count, suppressed: hidden };
  if (population === undefined) return cell;
  const people = hidden ? undefined : populationOf(population, values);
  return { ...cell, rate: people === undefined ? null : ratePer100k(count, people) };
}
