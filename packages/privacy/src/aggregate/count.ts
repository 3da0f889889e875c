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
  const valuesOf = unit === "victims" ? victimValues : perpetratorValues;
  const rows: string[][][] = [];
  const seen = by.map(() => new Set<string>());
  for (const record of unitRecords(records, unit)) {
    const values = by.map((dimension) => {
      const all = valuesOf(record, dimension);
      const only = levels[dimension];
      return only ? all.filter((value) => only.includes(value)) : all;
    });
    if (values.some((list) => list.length === 0)) continue;
    values.forEach((list, axis) => {
      for (const value of list) seen[axis]?.add(value);
    });
    rows.push(values);
  }
  const axes: Axis[] = by.map((dimension, axis) => ({
    dimension,
    levels: levels[dimension] ?? levelsOf(dimension, seen[axis] ?? new Set()),
  }));
  const cube = emptyCube(axes);
  for (const values of rows) addPerson(cube, values);
  return { cube, persons: rows.length };
}

/** Adds one person to every cell it belongs to: each combination of its values, with totals, counted once. */
function addPerson(cube: Cube, values: readonly string[][]): void {
  const options = values.map((list, axis) => {
    const levels = cube.axes[axis]?.levels ?? [];
    return [...new Set(list.map((value) => levels.indexOf(value)))].concat(levels.length);
  });
  const walk = (axis: number, coords: number[]): void => {
    if (axis === options.length) {
      const index = cellIndex(cube, coords);
      cube.counts[index] = (cube.counts[index] ?? 0) + 1;
      return;
    }
    for (const level of options[axis] ?? []) walk(axis + 1, [...coords, level]);
  };
  walk(0, []);
}
