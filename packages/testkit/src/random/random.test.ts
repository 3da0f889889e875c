import { describe, expect, it } from "vitest";
import { Random } from "./random.js";

const draw = (seed: number | string, n = 20) => {
  const random = new Random(seed);
  return Array.from({ length: n }, () => random.uint32());
};

describe("Random", () => {
  it("repeats the same sequence for the same seed and differs between seeds", () => {
    expect(draw(42)).toEqual(draw(42));
    expect(draw("42")).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it("keeps int() within bounds and reaches both ends", () => {
    const random = new Random(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(random.int(3, 7));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it("follows the weights of a table", () => {
    const random = new Random(2);
    let heavy = 0;
    for (let i = 0; i < 10_000; i++)
      if (
        random.weighted([
          ["a", 3],
          ["b", 1],
        ] as const) === "a"
      )
        heavy++;
    expect(heavy / 10_000).toBeGreaterThan(0.72);
    expect(heavy / 10_000).toBeLessThan(0.78);
  });

  it("samples distinct items in list order", () => {
    const sample = new Random(3).sample(["a", "b", "c", "d", "e"], 3);
    expect(new Set(sample).size).toBe(3);
    expect([...sample].sort()).toEqual(sample);
  });

  it("makes version-4 RFC 9562 UUIDs", () => {
    const random = new Random(4);
    for (let i = 0; i < 100; i++) {
      expect(random.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});
