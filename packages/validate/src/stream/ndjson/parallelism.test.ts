import { describe, expect, it } from "vitest";
import { autoWorkerCount, parallelismOf } from "./parallelism.js";

const MIB = 1024 * 1024;

describe("parallelismOf", () => {
  it('"auto" starts the workers at once for an input known to be 8 MiB or more', () => {
    expect(parallelismOf("auto", 8 * MIB).afterBytes).toBe(0);
    expect(parallelismOf("auto", 300 * MIB).afterBytes).toBe(0);
  });

  it('"auto" waits for 8 MiB read when the input is smaller or its size unknown (a stream)', () => {
    expect(parallelismOf("auto", 8 * MIB - 1).afterBytes).toBe(8 * MIB);
    expect(parallelismOf("auto", 0).afterBytes).toBe(8 * MIB);
    expect(parallelismOf("auto").afterBytes).toBe(8 * MIB);
  });

  it("an explicit number starts them at once whatever the size", () => {
    expect(parallelismOf(0, 100).afterBytes).toBe(0);
    expect(parallelismOf(0).workers).toBe(0);
  });

  it('"auto" leaves a core, "all-cores" takes them all; none on a single core, at most three', () => {
    const cores = [1, 2, 3, 4, 16];
    expect(cores.map((n) => autoWorkerCount(n, "auto"))).toEqual([0, 1, 2, 3, 3]);
    expect(cores.map((n) => autoWorkerCount(n, "all-cores"))).toEqual([0, 2, 3, 3, 3]);
  });

  it('"all-cores" waits for 8 MiB like "auto"', () => {
    expect(parallelismOf("all-cores", 100).afterBytes).toBe(8 * MIB);
    expect(parallelismOf("all-cores", 300 * MIB).afterBytes).toBe(0);
  });
});
