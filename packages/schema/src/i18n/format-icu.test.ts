import { describe, expect, it } from "vitest";
import { formatIcu, icuArguments, icuOutline } from "./format-icu.js";

const ROWS = "{count, plural, one {# row} other {# rows}} in {file}";

describe("formatIcu", () => {
  it("picks the plural form and groups digits in each language", () => {
    expect(formatIcu("en", ROWS, { count: 1, file: "a.csv" })).toBe("1 row in a.csv");
    expect(formatIcu("en", ROWS, { count: 1000, file: "a.csv" })).toBe("1,000 rows in a.csv");
    expect(formatIcu("es", "{n, number}", { n: 1000 })).toBe("1000");
    expect(formatIcu("es", "{n, number}", { n: 10000 })).toBe("10.000");
    expect(formatIcu("fr", "{n, number}", { n: 10000 })).toBe("10\u202f000");
    expect(formatIcu("pt", "{n, number}", { n: 10000 })).toBe("10.000");
  });

  it("inserts params as they are, braces and markup included", () => {
    expect(formatIcu("en", "cannot read {file}", { file: "{x}<b>'y'.csv" })).toBe(
      "cannot read {x}<b>'y'.csv",
    );
    expect(formatIcu("en", "give -o <file> to write {what}", { what: "it" })).toBe(
      "give -o <file> to write it",
    );
  });

  it("shows a param it was not given by name, and a template that is not ICU as written", () => {
    expect(formatIcu("en", "{file}: {reason}", { file: "a" })).toBe("a: {reason}");
    expect(formatIcu("en", "unbalanced {file", { file: "a" })).toBe("unbalanced {file");
    expect(formatIcu("fr", "{n, plural, one {# a} other {# b}}", {})).toBe(
      "{n, plural, one {# a} other {# b}}",
    );
  });

  it("never reads a param from the prototype", () => {
    expect(formatIcu("en", "{constructor}", {})).toBe("{constructor}");
  });
});

describe("icuArguments", () => {
  it("lists each argument once, with how it is shown", () => {
    expect(icuArguments(`${ROWS}; {count, number} in all`)).toEqual(["count:number", "file"]);
  });

  it("throws on a template that is not ICU", () => {
    expect(() => icuArguments("{count, plural, one {#}")).toThrow();
  });
});

describe("icuOutline", () => {
  it("shows a plural's other form with its count as an argument", () => {
    expect(icuOutline(ROWS)).toBe("{count} rows in {file}");
    expect(icuOutline("limit {max, number} bytes")).toBe("limit {max} bytes");
  });
});
