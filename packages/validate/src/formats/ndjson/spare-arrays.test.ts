import { describe, expect, it } from "vitest";
import { SpareArrays } from "./spare-arrays.js";

const pool = (max: number) => new SpareArrays(Uint32Array, 8, max);

describe("SpareArrays", () => {
  it("hands back the whole array a view was taken from", () => {
    const spare = pool(2);
    const first = spare.take();
    first[7] = 42;
    spare.give(first.subarray(0, 3));
    const again = spare.take();
    expect(again.buffer).toBe(first.buffer);
    expect(again.length).toBe(8);
    expect(again[7]).toBe(42);
  });

  it("makes a new array when none is spare", () => {
    const spare = pool(2);
    const a = spare.take();
    const b = spare.take();
    expect(b.buffer).not.toBe(a.buffer);
    expect(b.length).toBe(8);
  });

  it("keeps no array of another length, and no more than its maximum", () => {
    const spare = pool(1);
    const odd = new Uint32Array(16);
    spare.give(odd);
    expect(spare.take().buffer).not.toBe(odd.buffer);
    const kept = new Uint32Array(8);
    const dropped = new Uint32Array(8);
    spare.give(kept);
    spare.give(dropped);
    expect(spare.take().buffer).toBe(kept.buffer);
    const next = spare.take();
    expect(next.buffer).not.toBe(dropped.buffer);
  });
});
