import { isPlainObject, objectOfRecord } from "../model/record-object.js";
import type { Classified, Derivation, UnclassifiedReason } from "./classification.js";
import { type Axis, type Cube, cellIndex, emptyCube } from "./cube.js";
import type { Dimension, Unit } from "./dimensions.js";
import { levelsOf } from "./levels.js";
import {
  classifyPerpetrator,
  classifyProceedings,
  ownProceedings,
  PROCEEDINGS_DIMENSIONS,
  proceedingsSummary,
} from "./perpetrator-values.js";
import { CompensatedVictims, classifyCompensated, classifyContact } from "./protection-values.js";
import { classifyVictim, type SeveralFormsRule } from "./victim-values.js";

type Raw = Record<string, unknown>;
type Levels = Readonly<Partial<Record<Dimension, readonly string[]>>>;

/** The record type each unit counts (compensated victims are counted from their protection measures). */
const RECORD_TYPE_OF_UNIT: Readonly<Record<Unit, string>> = {
  victims: "victim",
  perpetrators: "perpetrator",
  contacts: "helplineContact",
  compensated: "protectionMeasure",
};

/** Records of a unit: victims, perpetrators, helpline contacts or protection measures, bundles looked into. */
export function* unitRecords(records: readonly unknown[], unit: Unit): Generator<Raw> {
  const wanted = RECORD_TYPE_OF_UNIT[unit];
  for (const record of records) {
    const type = objectOfRecord(record);
    const value = record as Raw;
    if (type === wanted) yield value;
    else if (type === "bundle" && Array.isArray(value.records)) yield* unitRecords(value.records, unit);
  }
}

/**
 * The proceedings of cases, by case id and by the perpetrators a case lists (a later case overrides an earlier
 * one). Keeps only the part of the proceedings the statistics read, one object per distinct part.
 */
export class CaseProceedings {
  readonly #byCase = new Map<string, Raw>();
  readonly #byPerpetrator = new Map<string, Raw>();
  readonly #distinct = new Map<string, Raw>();

  /** The proceedings of every case in some records (bundles are looked into). */
  static of(records: readonly unknown[]): CaseProceedings {
    const cases = new CaseProceedings();
    for (const record of records) cases.add(record);
    return cases;
  }

  /** Notes a case's proceedings, or those of the cases in a bundle; passes over other records. */
  add(record: unknown): void {
    const type = objectOfRecord(record);
    const value = record as Raw;
    if (type === "bundle" && Array.isArray(value.records)) for (const inner of value.records) this.add(inner);
    if (type !== "case" || !isPlainObject(value.proceedings) || typeof value.id !== "string") return;
    const proceedings = this.#shared(proceedingsSummary(value.proceedings));
    this.#byCase.set(value.id, proceedings);
    const listed = Array.isArray(value.perpetratorIds) ? value.perpetratorIds : [];
    for (const id of listed) if (typeof id === "string") this.#byPerpetrator.set(id, proceedings);
  }

  /** The proceedings of a perpetrator's case: one listing it, else the first of its `caseIds` with some. */
  of(link: PerpetratorLink): Raw | undefined {
    const listed = link.id === undefined ? undefined : this.#byPerpetrator.get(link.id);
    if (listed !== undefined) return listed;
    for (const id of link.caseIds) {
      const found = this.#byCase.get(id);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  #shared(summary: Raw): Raw {
    const key = JSON.stringify(summary);
    const known = this.#distinct.get(key);
    if (known !== undefined) return known;
    this.#distinct.set(key, summary);
    return summary;
  }
}

/** What ties a perpetrator to its cases: its own id (a case may list it) and the ids of its cases. */
interface PerpetratorLink {
  readonly id: string | undefined;
  readonly caseIds: readonly string[];
}

function linkOf(perpetrator: Raw): PerpetratorLink {
  const caseIds = Array.isArray(perpetrator.caseIds) ? perpetrator.caseIds : [];
  return {
    id: typeof perpetrator.id === "string" ? perpetrator.id : undefined,
    caseIds: caseIds.filter((id): id is string => typeof id === "string"),
  };
}

/** What a dimension could not classify, what it derived, and who fell outside its levels, as true counts. */
export interface ClassificationCounts {
  readonly unclassified: Map<UnclassifiedReason, number>;
  readonly derived: Map<Derivation, number>;
  /** Persons not counted at all: none of their values is among the levels the table is restricted to. */
  outsideLevels: number;
}

/** Options of `countCube` and `CubeCounter`. */
export interface CountOptions {
  /** Restricts dimensions to some values: persons with none of them are not counted at all. */
  readonly levels?: Levels;
  /** How a victim with several forms of exploitation is counted; default `each`. */
  readonly severalForms?: SeveralFormsRule;
}

/** The cube of the persons counted, how many they are, and what each dimension could not classify or derived. */
export interface CountResult {
  readonly cube: Cube;
  readonly persons: number;
  readonly classification: readonly ClassificationCounts[];
}

const increment = <K>(map: Map<K, number>, key: K, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

/** The counts of classified persons: one entry per distinct combination of values, not the persons. */
class Tally {
  readonly combinations = new Map<string, { values: string[][]; count: number }>();
  readonly seen: Set<string>[];
  readonly classification: ClassificationCounts[];
  persons = 0;

  constructor(
    readonly by: readonly Dimension[],
    readonly levels: Levels,
  ) {
    this.seen = by.map(() => new Set<string>());
    this.classification = by.map(() => ({ unclassified: new Map(), derived: new Map(), outsideLevels: 0 }));
  }

  /** Counts a person given its classification on each dimension of the table, in order. */
  add(classified: readonly Classified[]): void {
    const values = classified.map((entry, axis) => {
      const only = this.levels[this.by[axis] as Dimension];
      return only ? entry.values.filter((value) => only.includes(value)) : entry.values;
    });
    const outside = values.findIndex((list) => list.length === 0);
    if (outside >= 0) {
      (this.classification[outside] as ClassificationCounts).outsideLevels++;
      return;
    }
    classified.forEach((entry, axis) => {
      const count = this.classification[axis] as ClassificationCounts;
      if (entry.reason !== undefined) increment(count.unclassified, entry.reason);
      for (const source of entry.derived === undefined ? [] : [entry.derived].flat())
        increment(count.derived, source);
    });
    values.forEach((list, axis) => {
      for (const value of list) this.seen[axis]?.add(value);
    });
    this.persons++;
    const key = JSON.stringify(values);
    const entry = this.combinations.get(key);
    if (entry) entry.count++;
    else this.combinations.set(key, { values, count: 1 });
  }

  /** A copy to count more into without changing this one. */
  copy(): Tally {
    const copy = new Tally(this.by, this.levels);
    for (const [key, { values, count }] of this.combinations) copy.combinations.set(key, { values, count });
    this.seen.forEach((set, axis) => {
      for (const value of set) copy.seen[axis]?.add(value);
    });
    this.classification.forEach((counts, axis) => {
      const into = copy.classification[axis] as ClassificationCounts;
      for (const [reason, n] of counts.unclassified) increment(into.unclassified, reason, n);
      for (const [source, n] of counts.derived) increment(into.derived, source, n);
      into.outsideLevels = counts.outsideLevels;
    });
    copy.persons = this.persons;
    return copy;
  }

  result(): CountResult {
    const axes: Axis[] = this.by.map((dimension, axis) => ({
      dimension,
      levels: this.levels[dimension] ?? levelsOf(dimension, this.seen[axis] ?? new Set()),
    }));
    const cube = emptyCube(axes);
    for (const { values, count } of this.combinations.values()) addPersons(cube, values, count);
    return { cube, persons: this.persons, classification: this.classification };
  }
}

/** A perpetrator waiting for its case: how it is tied to it, and its classification on the other dimensions. */
interface Waiting {
  readonly link: PerpetratorLink;
  /** Index into the distinct classifications of waiting perpetrators. */
  readonly rest: number;
}

/**
 * Counts persons into a cube with all margins, one record at a time, for inputs read as a stream: holds one
 * entry per distinct combination of values, not the records. A person with several values on a dimension
 * (several forms of exploitation, several criminal-justice stages) is counted once under each value and once in
 * every total, so a total is the number of persons, not the sum of its cells. Also counts, per dimension, the
 * persons it could not classify (by reason), those whose value was derived (by source), and those left out by
 * `levels`.
 *
 * A perpetrator without proceedings of its own takes those of its case, which a stream may bring after it: in
 * a table by stage or year, the counter keeps the proceedings of each case (the few fields read, by case id and
 * by listed perpetrator id) and, until `result`, each such perpetrator's id, case ids and classification on the
 * other dimensions. Given `cases` up front (all records at hand), it counts every perpetrator at once.
 */
export class CubeCounter {
  readonly #unit: Unit;
  readonly #by: readonly Dimension[];
  readonly #rule: SeveralFormsRule;
  readonly #tally: Tally;
  /** Cases' proceedings: given complete, or gathered from the stream (then perpetrators wait for them). */
  readonly #cases: CaseProceedings | undefined;
  readonly #casesGiven: boolean;
  readonly #waiting: Waiting[] = [];
  readonly #distinctRests = new Map<string, number>();
  readonly #rests: (Classified | undefined)[][] = [];
  readonly #compensated = new CompensatedVictims();

  constructor(
    unit: Unit,
    by: readonly Dimension[],
    options: CountOptions & { cases?: CaseProceedings } = {},
  ) {
    this.#unit = unit;
    this.#by = by;
    this.#rule = options.severalForms ?? "each";
    this.#tally = new Tally(by, options.levels ?? {});
    const needsCases =
      unit === "perpetrators" && by.some((dimension) => PROCEEDINGS_DIMENSIONS.includes(dimension));
    this.#casesGiven = options.cases !== undefined;
    this.#cases = needsCases ? (options.cases ?? new CaseProceedings()) : undefined;
  }

  /** Counts a record if it is a person of the unit (bundles are looked into); notes a case's proceedings. */
  add(record: unknown): void {
    if (this.#cases !== undefined && !this.#casesGiven) this.#cases.add(record);
    for (const person of unitRecords([record], this.#unit)) this.addPerson(person);
  }

  /** Counts one person of the unit. */
  addPerson(record: Raw): void {
    if (this.#unit === "contacts") {
      this.#tally.add(this.#by.map((dimension) => classifyContact(record, dimension)));
      return;
    }
    if (this.#unit === "compensated") {
      this.#compensated.add(record);
      return;
    }
    if (this.#unit === "victims") {
      this.#tally.add(this.#by.map((dimension) => classifyVictim(record, dimension, this.#rule)));
      return;
    }
    const cases = this.#cases;
    const link = linkOf(record);
    const mayTakeCase =
      cases !== undefined &&
      ownProceedings(record) === undefined &&
      (link.id !== undefined || link.caseIds.length > 0);
    if (!mayTakeCase) {
      this.#tally.add(this.#by.map((dimension) => classifyPerpetrator(record, dimension)));
      return;
    }
    if (this.#casesGiven) {
      const proceedings = cases.of(link);
      this.#tally.add(this.#by.map((dimension) => classifyPerpetrator(record, dimension, proceedings)));
      return;
    }
    const rest = this.#by.map((dimension) =>
      PROCEEDINGS_DIMENSIONS.includes(dimension) ? undefined : classifyPerpetrator(record, dimension),
    );
    this.#waiting.push({ link, rest: this.#restIndex(rest) });
  }

  /** The cube of what was counted (perpetrators who waited for their case counted now), and the persons in it. */
  result(): CountResult {
    if (this.#unit === "compensated") {
      const tally = this.#tally.copy();
      for (const victim of this.#compensated.victims())
        tally.add(this.#by.map((dimension) => classifyCompensated(victim, dimension)));
      return tally.result();
    }
    if (this.#waiting.length === 0) return this.#tally.result();
    const tally = this.#tally.copy();
    for (const { link, rest } of this.#waiting) {
      const proceedings = this.#cases?.of(link);
      const classified = (this.#rests[rest] ?? []).map(
        (entry, axis) => entry ?? classifyProceedings(this.#by[axis] as Dimension, undefined, proceedings),
      );
      tally.add(classified);
    }
    return tally.result();
  }

  #restIndex(rest: (Classified | undefined)[]): number {
    const key = JSON.stringify(rest);
    const known = this.#distinctRests.get(key);
    if (known !== undefined) return known;
    this.#rests.push(rest);
    this.#distinctRests.set(key, this.#rests.length - 1);
    return this.#rests.length - 1;
  }
}

/**
 * Counts persons into a cube with all margins (see `CubeCounter`), every record at hand: a perpetrator takes
 * the proceedings of its case wherever the case is among the records.
 */
export function countCube(
  records: readonly unknown[],
  unit: Unit,
  by: readonly Dimension[],
  options: CountOptions = {},
): CountResult {
  const needsCases =
    unit === "perpetrators" && by.some((dimension) => PROCEEDINGS_DIMENSIONS.includes(dimension));
  const cases = needsCases ? CaseProceedings.of(records) : undefined;
  const counter = new CubeCounter(unit, by, { ...options, cases });
  for (const record of unitRecords(records, unit)) counter.addPerson(record);
  return counter.result();
}

/** Adds `count` persons with the same values to every cell they belong to, each combination counted once. */
function addPersons(cube: Cube, values: readonly string[][], count: number): void {
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
