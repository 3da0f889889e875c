import { describe, expect, it } from "vitest";
import { ageBand } from "../age-band/age-band.codes.js";
import { majorityStatusOfAge, majorityStatusOfAgeBand } from "./majority-status.derive.js";

describe("majorityStatusOfAge", () => {
  it("treats anyone under 18 as a child", () => {
    expect(majorityStatusOfAge(0)).toBe("child");
    expect(majorityStatusOfAge(12)).toBe("child");
    expect(majorityStatusOfAge(17)).toBe("child");
    expect(majorityStatusOfAge(17.9)).toBe("child");
  });

  it("treats 18 and over as adult", () => {
    expect(majorityStatusOfAge(18)).toBe("adult");
    expect(majorityStatusOfAge(45)).toBe("adult");
  });

  it("answers unknown without a usable age", () => {
    expect(majorityStatusOfAge(undefined)).toBe("unknown");
    expect(majorityStatusOfAge(Number.NaN)).toBe("unknown");
    expect(majorityStatusOfAge(-1)).toBe("unknown");
    expect(majorityStatusOfAge(Number.POSITIVE_INFINITY)).toBe("unknown");
  });
});

describe("majorityStatusOfAgeBand", () => {
  it("reads child bands, adult bands and nothing else", () => {
    const expected: Record<string, string> = { "0-8": "child", "9-17": "child" };
    for (const code of ageBand.codes)
      expect(majorityStatusOfAgeBand(code), code).toBe(expected[code] ?? "adult");
    for (const value of ["10-20", "", "Unknown", undefined, 12, "18"])
      expect(majorityStatusOfAgeBand(value), String(value)).toBe("unknown");
  });
});
