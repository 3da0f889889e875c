import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ExternalSorter, type SorterOptions } from "./external-sorter.js";
import { SpillDir } from "./spill-dir.js";

const WIDTH = 4;
let parent: string;
let spill: SpillDir;

beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), "sorter-test-"));
  spill = new SpillDir(parent);
});

afterEach(() => {
  spill.remove();
  rmSync(parent, { recursive: true, force: true });
});

/** Records of four numbers: two key numbers, a tiebreak number, and the push position to check stability. */
function records(count: number, seed: number, keyRange: number): Uint32Array[] {
  let state = seed;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state;
  };
  return Array.from({ length: count }, (_, i) =>
    Uint32Array.of(
      random() % keyRange,
      random() % 3 === 0 ? 0xffffffff : random() % keyRange,
      random() % 4,
      i,
    ),
  );
}

/** What `Array.prototype.sort` (stable) gives, comparing the key numbers then the tiebreak number. */
function expected(input: readonly Uint32Array[]): number[][] {
  return [...input]
    .sort(
      (a, b) =>
        (a[0] as number) - (b[0] as number) ||
        (a[1] as number) - (b[1] as number) ||
        (a[2] as number) - (b[2] as number),
    )
    .map((record) => [...record]);
}

function sortAll(input: readonly Uint32Array[], options: Partial<SorterOptions> = {}) {
  const sorter = new ExternalSorter({
    width: WIDTH,
    keySize: 2,
    tiebreak: 2,
    memoryBytes: 1 << 20,
    spill,
    ...options,
  });
  for (const record of input) sorter.push(record, 0);
  const out: number[][] = [];
  const cursor = sorter.sorted();
  while (cursor.next()) out.push([...cursor.numbers.subarray(cursor.at, cursor.at + WIDTH)]);
  const runs = sorter.spilledRuns;
  sorter.close();
  return { out, runs };
}

describe("ExternalSorter", () => {
  it("sorts in memory, with no file, when the records fit (8-bit and 16-bit digits)", () => {
    for (const count of [5000, 40_000]) {
      const input = records(count, 1, 1 << 30);
      const { out, runs } = sortAll(input, { memoryBytes: 2 << 20 });
      expect(runs).toBe(0);
      expect(out).toEqual(expected(input));
    }
    expect(spill.filesCreated).toBe(0);
  });

  it("leaves the tiebreak to push order when records come in tiebreak order", () => {
    const input = records(3000, 5, 50);
    const byKey = [...input].sort(
      (a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number),
    );
    for (const memoryBytes of [1 << 20, 700]) {
      expect(sortAll(input, { tiebreak: 3, memoryBytes }).out).toEqual(byKey.map((record) => [...record]));
    }
  });

  it("spills many runs and merges them to the same order as an in-memory stable sort", () => {
    const input = records(20_000, 2, 1 << 30);
    // 32 bytes a record with its sort scratch: 31 records a run, some 650 runs, merged 32 at a time.
    const { out, runs } = sortAll(input, { memoryBytes: 1000 });
    expect(runs).toBeGreaterThan(500);
    expect(out).toEqual(expected(input));
    // 3,125 records a run (32 bytes each with the sort scratch), in blocks of 1024.
    const large = sortAll(input, { memoryBytes: 100_000 });
    expect(large.runs).toBe(7);
    expect(large.out).toEqual(expected(input));
  });

  it("keeps push order among equal records across runs (ties on key and tiebreak)", () => {
    const input = records(3000, 3, 2);
    const { out, runs } = sortAll(input, { memoryBytes: 500, fanIn: 3 });
    expect(runs).toBeGreaterThan(100);
    expect(out).toEqual(expected(input));
  });

  it("gives the same order with an even key, whose radix passes cover only its first number", () => {
    // Four key numbers, the first two from a tiny range so that many records tie on them and differ after
    // (unsigned, high bit set or not), a tiebreak number and the push position.
    let state = 9;
    const random = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state >>> 8;
    };
    const width = 6;
    const input = Array.from({ length: 5000 }, (_, i) =>
      Uint32Array.of(
        random() % 3,
        random() % 2,
        random() % 4 === 0 ? 0x80000000 + (random() % 3) : random() % 3,
        random() % 3,
        random() % 4,
        i,
      ),
    );
    const byKey = (a: Uint32Array, b: Uint32Array, last: number) => {
      for (let w = 0; w <= last; w++) if (a[w] !== b[w]) return (a[w] as number) < (b[w] as number) ? -1 : 1;
      return 0;
    };
    const run = (tiebreak: number, memoryBytes: number) => {
      const sorter = new ExternalSorter({ width, keySize: 4, tiebreak, evenKey: true, memoryBytes, spill });
      for (const record of input) sorter.push(record, 0);
      const out: number[] = [];
      const cursor = sorter.sorted();
      while (cursor.next()) out.push(cursor.numbers[cursor.at + 5] as number);
      sorter.close();
      return out;
    };
    // Tiebreak out of push order (column 4), then in push order (column 5, left to the stable passes).
    const outOfOrder = [...input].sort((a, b) => byKey(a, b, 3) || (a[4] as number) - (b[4] as number));
    const inOrder = [...input].sort((a, b) => byKey(a, b, 3));
    for (const memoryBytes of [1 << 20, 4000]) {
      expect(run(4, memoryBytes)).toEqual(outOfOrder.map((record) => record[5]));
      expect(run(5, memoryBytes)).toEqual(inOrder.map((record) => record[5]));
    }
  });

  it("compares numbers as unsigned numbers", () => {
    const input = [
      Uint32Array.of(0x80000000, 0, 0, 0),
      Uint32Array.of(1, 0, 0, 1),
      Uint32Array.of(0xffffffff, 0, 0, 2),
    ];
    expect(sortAll(input, { memoryBytes: 24 }).out.map((record) => record[3])).toEqual([1, 0, 2]);
    expect(sortAll(input).out.map((record) => record[3])).toEqual([1, 0, 2]);
  });

  it("handles no record and one record, spilled or not", () => {
    expect(sortAll([]).out).toEqual([]);
    expect(sortAll([Uint32Array.of(7, 8, 9, 0)]).out).toEqual([[7, 8, 9, 0]]);
    expect(sortAll([Uint32Array.of(7, 8, 9, 0), Uint32Array.of(1, 2, 3, 1)], { memoryBytes: 1 }).out).toEqual(
      [
        [1, 2, 3, 1],
        [7, 8, 9, 0],
      ],
    );
  });

  it("deletes its run files on close, read or not", () => {
    const input = records(2000, 4, 100);
    sortAll(input, { memoryBytes: 2000 });
    expect(spill.filesCreated).toBeGreaterThan(10);
    expect(readdirSync(spill.path as string)).toEqual([]);

    const sorter = new ExternalSorter({ width: WIDTH, keySize: 2, tiebreak: 2, memoryBytes: 2000, spill });
    for (const record of input) sorter.push(record, 0);
    expect(readdirSync(spill.path as string).length).toBeGreaterThan(10);
    sorter.close();
    expect(readdirSync(spill.path as string)).toEqual([]);
  });
});
