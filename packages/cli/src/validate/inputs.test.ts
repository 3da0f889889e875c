import fc from "fast-check";
import { isDynamicPattern } from "tinyglobby";
import { describe, expect, it } from "vitest";
import { PATTERN_CHARACTERS } from "./inputs.js";

describe("PATTERN_CHARACTERS", () => {
  it("is in every name tinyglobby takes for a pattern, so a name without them is rightly kept as a path", () => {
    const name = fc.string({ unit: fc.constantFrom(..."ab./-_ *?[]{}()!@+|\\^$,~#'\"\t:é") });
    fc.assert(
      fc.property(name, (value) => {
        if (!PATTERN_CHARACTERS.test(value)) expect(isDynamicPattern(value), value).toBe(false);
      }),
      { numRuns: 3000 },
    );
    for (const pattern of [
      "*.ndjson",
      "data/**/x.csv",
      "a?.json",
      "[ab].csv",
      "{a,b}.csv",
      "!(a).csv",
      "+(a)",
    ])
      expect(PATTERN_CHARACTERS.test(pattern) && isDynamicPattern(pattern), pattern).toBe(true);
  });
});
