import { describe, expect, it } from "vitest";
import { columnLetters, parseCellReference } from "./column-letters.js";

describe("cell references", () => {
  it("reads references, absolute ones and lower case too", () => {
    expect(parseCellReference("A1")).toEqual({ row: 1, column: 1 });
    expect(parseCellReference("$XFD$1048576")).toEqual({ row: 1_048_576, column: 16_384 });
    expect(parseCellReference("ab12")).toEqual({ row: 12, column: 28 });
  });

  it("refuses what is not a reference, and letters or digits past any sheet", () => {
    for (const bad of ["", "A", "1", "A0", "A01", "1A", "A1B", "A-1", "ABCDEFGH1", "A12345678901", "Ä1"]) {
      expect(parseCellReference(bad)).toBeUndefined();
    }
  });

  it("writes letters that read back to the same column", () => {
    for (const [column, letters] of [
      [1, "A"],
      [26, "Z"],
      [27, "AA"],
      [702, "ZZ"],
      [703, "AAA"],
      [16_384, "XFD"],
    ] as const) {
      expect(columnLetters(column)).toBe(letters);
      expect(parseCellReference(`${letters}1`)?.column).toBe(column);
    }
  });
});
