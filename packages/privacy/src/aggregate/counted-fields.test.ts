import type { KeyTree } from "@tip/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maximalRecords } from "../../test/support/maximal.js";
import { syntheticRecords } from "../../test/support/synthetic.js";
import { countCube } from "./count.js";
import { COUNTED_FIELDS } from "./counted-fields.js";
import { dimensionsOf, type Unit } from "./dimensions.js";
import { SEVERAL_FORMS_RULES } from "./victim-values.js";

const isIndex = (key: string) => /^\d+$/.test(key);

/**
 * The value behind a proxy that notes the path of every property read and every list of keys taken (`#keys`),
 * with array indexes as `*`. An array's own machinery (`length`, methods) is not a field and is not noted.
 */
function recording(value: unknown, path: readonly string[], seen: Set<string>): unknown {
  if (typeof value !== "object" || value === null) return value;
  const isArray = Array.isArray(value);
  return new Proxy(value, {
    get(target, key, receiver) {
      const child = Reflect.get(target, key, receiver);
      if (typeof key !== "string" || (isArray && !isIndex(key))) return child;
      const childPath = [...path, isArray ? "*" : key];
      seen.add(childPath.join("/"));
      return recording(child, childPath, seen);
    },
    ownKeys(target) {
      seen.add([...path, "#keys"].join("/"));
      return Reflect.ownKeys(target);
    },
  });
}

/** Whether a path read lies inside the tree: it reaches a key read whole, or ends on a key the tree names. */
function covered(path: string, tree: KeyTree): boolean {
  let node: KeyTree = tree;
  for (const segment of path.split("/")) {
    if (segment === "*") continue;
    const next = node.get(segment);
    if (next === undefined) return false;
    if (next === true) return true;
    node = next;
  }
  // A container the tree goes into, read as a value (never by its keys).
  return !path.endsWith("#keys");
}

/** A copy of a value with the properties whose turn in `drop` is true left out, at every depth. */
function withDropped(value: unknown, drop: readonly boolean[], turn = { at: 0 }): unknown {
  if (Array.isArray(value)) return value.map((item) => withDropped(item, drop, turn));
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // recordType stays, or nothing would be counted at all.
    if (key !== "recordType" && drop[turn.at++ % drop.length]) continue;
    out[key] = withDropped(item, drop, turn);
  }
  return out;
}

/** Counts the records by every dimension of both units, with both rules, noting every path read. */
function pathsRead(records: readonly unknown[]): Set<string> {
  const seen = new Set<string>();
  for (const unit of ["victims", "perpetrators"] as Unit[]) {
    for (const dimension of dimensionsOf(unit)) {
      for (const severalForms of SEVERAL_FORMS_RULES) {
        const watched = records.map((record) => recording(structuredClone(record), [], seen));
        countCube(watched, unit, [dimension], { severalForms });
      }
    }
  }
  return seen;
}

const RECORDS = [...maximalRecords().records, ...syntheticRecords(5, 60)];
/** Fewer records for the property, which counts them many times. */
const FEW = [...maximalRecords().records, ...syntheticRecords(5, 12)];

describe("COUNTED_FIELDS", () => {
  it("holds every field counting reads, for every dimension, unit and several-forms rule", () => {
    const seen = pathsRead(RECORDS);
    // The recorder works: it saw the fields a victim table reads, and those of a bundle's records.
    for (const path of [
      "sex",
      "exploitation/forms",
      "identification/date",
      "records/*/sex",
      "proceedings/stage",
    ])
      expect(seen, path).toContain(path);
    expect([...seen].filter((path) => !covered(path, COUNTED_FIELDS))).toEqual([]);
  });

  it("holds them too for records missing any fields, where later fallbacks are read (property)", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 300 }), (drop) => {
        const paths = pathsRead(FEW.map((record) => withDropped(record, drop)));
        for (const path of paths) seen.add(path);
        expect([...paths].filter((path) => !covered(path, COUNTED_FIELDS))).toEqual([]);
      }),
      { numRuns: 40 },
    );
    // The fallbacks were reached: a birth year without a birth date, a perpetrator's case links.
    for (const path of ["birthYear", "majorityStatus", "caseIds", "perpetratorIds"])
      expect(seen, path).toContain(path);
  });

  it("reads nothing else: names, notes and extensions stay out of the tree", () => {
    for (const key of ["names", "extensions", "notes", "externalIds", "consents", "contact"])
      expect(COUNTED_FIELDS.has(key), key).toBe(false);
  });
});
