import { describe, expect, it } from "vitest";
import { packUuid } from "./uuid-key.js";

describe("packUuid", () => {
  it("packs the 32 hex digits into four numbers, in any case", () => {
    const out = new Uint32Array(4);
    expect(packUuid("0ebcb1be-c1df-4477-99be-71583d3a9da4", out)).toBe(true);
    expect([...out]).toEqual([0x0ebcb1be, 0xc1df4477, 0x99be7158, 0x3d3a9da4]);
    const upper = new Uint32Array(4);
    expect(packUuid("0EBCB1BE-C1DF-4477-99BE-71583D3A9DA4", upper)).toBe(true);
    expect([...upper]).toEqual([...out]);
  });

  it("writes at an offset", () => {
    const out = new Uint32Array(8);
    expect(packUuid("ffffffff-ffff-ffff-ffff-ffffffffffff", out, 4)).toBe(true);
    expect([...out]).toEqual([0, 0, 0, 0, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff]);
  });

  it.each([
    ["not a string", 42],
    ["too short", "0ebcb1be-c1df-4477-99be-71583d3a9da"],
    ["a dash missing", "0ebcb1bec-1df-4477-99be-71583d3a9da4"],
    ["a non-hex digit", "0ebcb1be-c1df-4477-99be-71583d3a9dag"],
    ["a non-ASCII digit", "0ebcb1be-c1df-4477-99be-71583d3a9d٣4"],
  ])("rejects %s", (_, value) => {
    expect(packUuid(value, new Uint32Array(4))).toBe(false);
  });
});
