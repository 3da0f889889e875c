import { describe, expect, it } from "vitest";
import { decimalCommaNumber, delimiterOf, detectDelimiter, firstLineOf } from "./csv-dialect.js";

describe("CSV dialect", () => {
  it("reads the delimiter off the header line, outside quotes", () => {
    expect(detectDelimiter("id,name,age")).toBe(",");
    expect(detectDelimiter("id;name;age")).toBe(";");
    expect(detectDelimiter("id\tname\tage")).toBe("\t");
    expect(detectDelimiter('"a;b;c",d,e')).toBe(",");
    expect(detectDelimiter('"a,b,c";d;e')).toBe(";");
    expect(detectDelimiter("id")).toBe(",");
    expect(detectDelimiter("")).toBe(",");
  });

  it("finds the first line outside quotes", () => {
    expect(firstLineOf('"a\nb";c\r\n1;2')).toBe('"a\nb";c');
    expect(firstLineOf("only")).toBe("only");
  });

  it("names delimiters", () => {
    expect(delimiterOf(";")).toBe(";");
    expect(delimiterOf("tab")).toBe("\t");
    expect(delimiterOf("\\t")).toBe("\t");
    expect(delimiterOf("\t")).toBe("\t");
    expect(delimiterOf("|")).toBeUndefined();
    expect(delimiterOf("__proto__")).toBeUndefined();
  });

  it("reads decimal commas and refuses points, which may group thousands", () => {
    expect(decimalCommaNumber("16,0")).toBe("16.0");
    expect(decimalCommaNumber("-2,5")).toBe("-2.5");
    expect(decimalCommaNumber("17")).toBe("17");
    expect(decimalCommaNumber("1.234")).toBeUndefined();
    expect(decimalCommaNumber("1.234,5")).toBeUndefined();
    expect(decimalCommaNumber("abc")).toBe("abc");
  });
});
