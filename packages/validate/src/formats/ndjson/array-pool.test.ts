import { describe, expect, it } from "vitest";
import { ArrayPool } from "./array-pool.js";

const pool = (max: number) => new ArrayPool(Uint32Array, 8, max);

describe("ArrayPool", () => {
  it("hands back the whole array a view was taken from", () => {
    const arrays = pool(2);
    const first = arrays.take();
    first[7] = 42;
    arrays.give(first.subarray(0, 3));
    const again = arrays.take();
    expect(again.buffer).toBe(first.buffer);
    expect(again.length).toBe(8);
    expect(again[7]).toBe(42);
  });

  it("makes a new array when none is pooled", () => {
    const arrays = pool(2);
    const a = arrays.take();
    const b = arrays.take();
    expect(b.buffer).not.toBe(a.buffer);
    expect(b.length).toBe(8);
  });

  it("keeps no array of another length, and no more than its maximum", () => {
    const arrays = pool(1);
    const odd = new Uint32Array(16);
    arrays.give(odd);
    expect(arrays.take().buffer).not.toBe(odd.buffer);
    const kept = new Uint32Array(8);
    const dropped = new Uint32Array(8);
    arrays.give(kept);
    arrays.give(dropped);
    expect(arrays.take().buffer).toBe(kept.buffer);
    const next = arrays.take();
    expect(next.buffer).not.toBe(dropped.buffer);
  });
});
