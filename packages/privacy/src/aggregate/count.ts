import { isPlainObject, objectOfRecord } from "../model/record-object.js";
import type { Classified, Derivation, UnclassifiedReason } from "./classification.js";
import { type Axis, type Cube, cellIndex, emptyCube } from "./cube.js";
import type { Dimension, Unit } from "./dimensions.js";
import { levelsOf } from "./levels.js";
import { classifyPerpetrator } from "./perpetrator-values.js";
import { classifyVictim, type SeveralFormsRule } from "./victim-values.js";

type Raw = Record<string, unknown>;

/** Records of a unit: victims or perpetrators, including those inside bundles. */
export function* unitRecords(records: readonly unknown[], unit: Unit): Generator<Raw> {
  const wanted = unit === "victims" ? "victim" : "perpetrator";
  for (const record of records) {
    const type = objectOfRecord(record);
    const value = record as Raw;
    if (type === wanted) yield value;
    else if (type === "bundle" && Array.isArray(value.records)) yield* unitRecords(value.records, unit);
  }
}

/** Cases with proceedings: by case id, and by the perpetrators a case lists. */
interface CaseProceedings {
  readonly byCase: Map<string, Raw>;
  readonly byPerpetrator: Map<string, Raw>;
}

function caseProceedingsOf(records: readonly unknown[], into: CaseProceedings): CaseProceedings {
  for (const record of records) {
    const type = objectOfRecord(record);
    const value = record as Raw;
    if (type === "bundle" && Array.isArray(value.records)) caseProceedingsOf(value.records, into);
    if (type !== "case" || !isPlainObject(value.proceedings) || typeof value.id !== "string") continue;
    into.byCase.set(value.id, value.proceedings);
    const listed = Array.isArray(value.perpetratorIds) ? value.perpetratorIds : [];
    for (const id of listed) if (typeof id === "string") into.byPerpetrator.set(id, value.proceedings);
  }
  return into;
}

/** The proceedings of a perpetrator's case: one listing it, else the first of its `caseIds` with proceedings. */
function proceedingsOfCase(perpetrator: Raw, cases: CaseProceedings): Raw | undefined {
  const listed = typeof perpetrator.id === "string" ? cases.byPerpetrator.get(perpetrator.id) : undefined;
  if (listed !== undefined) return listed;
  const ids = Array.isArray(perpetrator.caseIds) ? perpetrator.caseIds : [];
  for (const id of ids) {
    const found = typeof id === "string" ? cases.byCase.get(id) : undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}

/** What a dimension could not classify, what it derived, and who fell outside its levels, as true counts. */
export interface ClassificationCounts {
  readonly unclassified: Map<UnclassifiedReason, number>;
  readonly derived: Map<Derivation, number>;
  /** Persons not counted at all: none of their values is among the levels the table is restricted to. */
  outsideLevels: number;
}

/** Options of `countCube`. */
export interface CountOptions {
  /** Restricts dimensions to some values: persons with none of them are not counted at all. */
  readonly levels?: Readonly<Partial<Record<Dimension, readonly string[]>>>;
  /** How a victim with several forms of exploitation is counted; default `each`. */
  readonly severalForms?: SeveralFormsRule;
}

const add = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/**
 * Counts persons into a cube with all margins. A person with several values on a dimension (several forms of
 * exploitation, several criminal-justice stages) is counted once under each value and once in every total, so
 * a total is the number of persons, not the sum of its cells. Also counts, per dimension, the persons it could
 * not classify (by reason), those whose value was derived (by source), and those left out by `levels`.
 */
export function countCube(
  records: readonly unknown[],
  unit: Unit,
  by: readonly Dimension[],
  options: CountOptions = {},
): { readonly cube: Cube; readonly persons: number; readonly classification: ClassificationCounts[] } {
  const levels = options.levels ?? {};
  const rule = options.severalForms ?? "each";
  const cases =
    unit === "perpetrators"
      ? caseProceedingsOf(records, { byCase: new Map(), byPerpetrator: new Map() })
      : undefined;
  const classify = (record: Raw, dimension: Dimension): Classified =>
    cases === undefined
      ? classifyVictim(record, dimension, rule)
      : classifyPerpetrator(record, dimension, proceedingsOfCase(record, cases));
  const rows: string[][][] = [];
  const seen = by.map(() => new Set<string>());
  const counts: ClassificationCounts[] = by.map(() => ({
    unclassified: new Map(),
    derived: new Map(),
    outsideLevels: 0,
  }));
  for (const record of unitRecords(records, unit)) {
    const classified = by.map((dimension) => classify(record, dimension));
    const values = classified.map((entry, axis) => {
      const only = levels[by[axis] as Dimension];
      return only ? entry.values.filter((value) => only.includes(value)) : entry.values;
    });
    const outside = values.findIndex((list) => list.length === 0);
    if (outside >= 0) {
      (counts[outside] as ClassificationCounts).outsideLevels++;
      continue;
    }
    classified.forEach((entry, axis) => {
      const count = counts[axis] as ClassificationCounts;
      if (entry.reason !== undefined) add(count.unclassified, entry.reason);
      for (const source of entry.derived === undefined ? [] : [entry.derived].flat())
        add(count.derived, source);
    });
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
  return { cube, persons: rows.length, classification: counts };
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
