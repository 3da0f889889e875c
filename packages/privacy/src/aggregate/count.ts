import { objectOfRecord } from "../model/record-object.js";
import { type Axis, type Cube, cellIndex, emptyCube } from "./cube.js";
import type { Dimension, Unit } from "./dimensions.js";
import { levelsOf } from "./levels.js";
import { perpetratorValues } from "./perpetrator-values.js";
import { victimValues } from "./victim-values.js";

/** Records of a unit: victims or perpetrators, including those inside bundles. */
export function* unitRecords(records: readonly unknown[], unit: Unit): Generator<Record<string, unknown>> {
  const wanted = unit === "victims" ? "victim" : "perpetrator";
  for (const record of records) {
    const type = objectOfRecord(record);
    const value = record as Record<string, unknown>;
    if (type === wanted) yield value;
    else if (type === "bundle" && Array.isArray(value.records)) yield* unitRecords(value.records, unit);
  }
}

/**
 * Counts persons into a cube with all margins. A person with several values on a dimension (several forms of
 * exploitation, several criminal-justice stages) is counted once under each value and once in every total, so
 * a total is the number of persons, not the sum of its cells. `levels` restricts a dimension to some values:
 * persons with none of them are not counted at all.
 */
export function countCube(
  records: readonly unknown[],
  unit: Unit,
  by: readonly Dimension[],
  levels: Readonly<Partial<Record<Dimension, readonly string[]>>> = {},
): { readonly cube: Cube; readonly persons: number } {
  const counter = new CubeCounter(unit, by, levels);
  for (const record of unitRecords(records, unit)) counter.addPerson(record);
  return counter.result();
}

/**
 * `countCube` one record at a time, for inputs read as a stream: holds one entry per distinct combination of
 * values, not the records. `add` takes any record (those of other units are passed over, bundles are looked
 * into); `result` builds the cube.
 */
export class CubeCounter {
  readonly #unit: Unit;
  readonly #by: readonly Dimension[];
  readonly #levels: Readonly<Partial<Record<Dimension, readonly string[]>>>;
  readonly #valuesOf: typeof victimValues;
  readonly #combinations = new Map<string, { values: string[][]; count: number }>();
  readonly #seen: Set<string>[];
  #persons = 0;

  constructor(
    unit: Unit,
    by: readonly Dimension[],
    levels: Readonly<Partial<Record<Dimension, readonly string[]>>> = {},
  ) {
    this.#unit = unit;
    this.#by = by;
    this.#levels = levels;
    this.#valuesOf = unit === "victims" ? victimValues : perpetratorValues;
    this.#seen = by.map(() => new Set<string>());
  }

  /** Counts a record if it is a person of the unit (or a bundle holding some). */
  add(record: unknown): void {
    for (const person of unitRecords([record], this.#unit)) this.addPerson(person);
  }

  /** Counts one person of the unit. */
  addPerson(record: Record<string, unknown>): void {
    const values = this.#by.map((dimension) => {
      const all = this.#valuesOf(record, dimension);
      const only = this.#levels[dimension];
      return only ? all.filter((value) => only.includes(value)) : all;
    });
    if (values.some((list) => list.length === 0)) return;
    values.forEach((list, axis) => {
      for (const value of list) this.#seen[axis]?.add(value);
    });
    this.#persons++;
    const key = JSON.stringify(values);
    const entry = this.#combinations.get(key);
    if (entry) entry.count++;
    else this.#combinations.set(key, { values, count: 1 });
  }

  /** The cube of what was counted, and the number of persons in it. */
  result(): { readonly cube: Cube; readonly persons: number } {
    const axes: Axis[] = this.#by.map((dimension, axis) => ({
      dimension,
      levels: this.#levels[dimension] ?? levelsOf(dimension, this.#seen[axis] ?? new Set()),
    }));
    const cube = emptyCube(axes);
    for (const { values, count } of this.#combinations.values()) addPerson(cube, values, count);
    return { cube, persons: this.#persons };
  }
}

/** Adds `count` persons with the same values to every cell they belong to, each combination counted once. */
function addPerson(cube: Cube, values: readonly string[][], count: number): void {
  const options = values.map((list, axis) => {
    const levels = cube.axes[axis]?.levels ?? [];
    return [...new Set(list.map((value) => levels.indexOf(value)))].concat(levels.length);
  });
  const walk = (axis: number, coords: number[]): void => {
    if (axis === options.length) {
      const index = cellIndex(cube, coords);
      cube.counts[index] = (cube.counts[index] ?? 0) + count;
      return;
    }
    for (const level of options[axis] ?? []) walk(axis + 1, [...coords, level]);
  };
  walk(0, []);
}
