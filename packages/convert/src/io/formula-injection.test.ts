import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutraliseFormula, restoreFormula } from "./formula-injection.js";

describe("CSV formula injection", () => {
  it("puts an apostrophe before cells a spreadsheet would run", () => {
    for (const cell of ["=1+1", "+1", "-x", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x")']) {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    }
  });

  it("leaves plain numbers and ordinary text alone", () => {
    for (const cell of ["-5", "-12.5", "-1e3", "5", "", "abc", "'abc", "a=b"])
      expect(neutraliseFormula(cell)).toBe(cell);
  });

  it("is undone exactly by restoreFormula, for any text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom("'=x", "''+1", "'-", "'", "-")), (cell) => {
        expect(restoreFormula(neutraliseFormula(cell))).toBe(cell);
        expect(neutraliseFormula(cell)).not.toMatch(/^[=+@\t\r]/);
      }),
      { numRuns: 2000 },
    );
  });
});
