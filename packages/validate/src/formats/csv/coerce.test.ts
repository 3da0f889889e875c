import { describe, expect, it } from "vitest";
import { coerce } from "./coerce.js";

describe("coerce", () => {
  it("reads numbers, booleans and repeated values by the expected type", () => {
    expect(coerce(" 17 ", { type: "number" })).toBe(17);
    expect(coerce("1.5e2", { type: "number" })).toBe(150);
    expect(coerce("TRUE", { type: "boolean" })).toBe(true);
    expect(coerce("false", { type: "boolean" })).toBe(false);
    expect(coerce("forced_labour; sexual_exploitation;", { type: "array", element: "string" })).toEqual([
      "forced_labour",
      "sexual_exploitation",
    ]);
    expect(coerce("1;2", { type: "array", element: "number" })).toEqual([1, 2]);
    expect(coerce('{"service":"shelter"}', { type: "json" })).toEqual({ service: "shelter" });
  });

  it("leaves a cell that does not read as the type a string, for the schema to report", () => {
    expect(coerce("seventeen", { type: "number" })).toBe("seventeen");
    expect(coerce("0x11", { type: "number" })).toBe("0x11");
    expect(coerce("yes", { type: "boolean" })).toBe("yes");
    expect(coerce("{oops", { type: "json" })).toBe("{oops");
    expect(coerce("14/05/2001", { type: "string" })).toBe("14/05/2001");
  });
});
