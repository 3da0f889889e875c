import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { feasibleValues } from "../../test/support/brute-force.js";
import { at, cubeFromRows } from "../../test/support/hand-cube.js";
import { linearlyDetermined } from "../../test/support/linear-audit.js";
import { syntheticRecords } from "../../test/support/synthetic.js";
import { type AggregateOptions, aggregateWorkings } from "./aggregate.js";
import type { Cube } from "./cube.js";
import { secondarySuppression } from "./hypercube.js";
import { STATS_PRESETS } from "./presets.js";
import { primarySuppression } from "./primary.js";

/** Every hidden cell has at least two values consistent with everything published. */
function expectNoneRecomputable(cube: Cube, hidden: ReadonlySet<number>): void {
  expect(linearlyDetermined(cube, hidden)).toEqual([]);
  for (const cell of hidden) {
    const values = feasibleValues(cube, hidden, cell);
    expect(
      values.length,
      `cell ${cell} (true ${cube.counts[cell]}) could be recomputed`,
    ).toBeGreaterThanOrEqual(2);
  }
}

describe("secondary suppression: brute force recomputation from published totals fails", () => {
  const presets: [string, AggregateOptions][] = [
    ["glotip", STATS_PRESETS.glotip],
    ["glotip-persons", STATS_PRESETS["glotip-persons"]],
    ["sex x age group", { by: ["sex", "age_group"] }],
    ["age group x form", { by: ["age_group", "exploitation"] }],
    ["citizenship", { by: ["citizenship"] }],
  ];
  for (const [name, options] of presets) {
    for (const [seed, count] of [
      [1, 60],
      [2, 150],
      [3, 400],
    ] as const) {
      it(`${name}, ${count} synthetic victims (seed ${seed})`, () => {
        const { cube, primary, suppressed } = aggregateWorkings(syntheticRecords(seed, count), options);
        for (const cell of primary) expect(suppressed.has(cell)).toBe(true);
        expectNoneRecomputable(cube, suppressed);
      });
    }
  }

  it("SDG 16.2.2 three-way table (sex x age group x form), every line of every axis", () => {
    for (const [seed, count] of [
      [4, 80],
      [5, 300],
    ] as const) {
      const { cube, suppressed } = aggregateWorkings(
        syntheticRecords(seed, count),
        STATS_PRESETS["sdg-16-2-2"],
      );
      expect(suppressed.size).toBeGreaterThan(0);
      expectNoneRecomputable(cube, suppressed);
    }
  });

  it("random small two-way tables (property test)", () => {
    const table = fc.array(fc.array(fc.nat({ max: 12 }), { minLength: 2, maxLength: 4 }), {
      minLength: 2,
      maxLength: 4,
    });
    fc.assert(
      fc.property(
        table.filter((rows) => rows.every((row) => row.length === rows[0]?.length)),
        (rows) => {
          const cube = cubeFromRows(rows);
          const hidden = secondarySuppression(cube, primarySuppression(cube, 5));
          expectNoneRecomputable(cube, hidden);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("the brute force would catch a weak method", () => {
  it("recomputes a cell when only primary suppression is applied", () => {
    const cube = cubeFromRows([
      [3, 20, 30],
      [12, 25, 40],
    ]);
    const primary = primarySuppression(cube, 5);
    expect(primary).toEqual(new Set([at(cube, 0, 0)]));
    expect(feasibleValues(cube, primary, at(cube, 0, 0))).toEqual([3]);
  });

  it("recomputes a bridge cell although every line has two hidden cells (why hypercubes, not a per-line rule)", () => {
    const cube = cubeFromRows([
      [2, 3, 9, 9],
      [4, 6, 2, 9],
      [9, 9, 3, 4],
      [9, 9, 2, 7],
    ]);
    const block = (cells: [number, number][]) => cells.map(([r, c]) => at(cube, r, c));
    const hidden = new Set([
      ...block([
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
      ]),
      ...block([
        [2, 2],
        [2, 3],
        [3, 2],
        [3, 3],
      ]),
      at(cube, 1, 2),
    ]);
    expect(linearlyDetermined(cube, hidden)).toEqual([at(cube, 1, 2)]);
    expect(feasibleValues(cube, hidden, at(cube, 1, 2))).toEqual([2]);
  });
});
