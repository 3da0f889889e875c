import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CsvSplitter } from "./csv-splitter.js";

/** What csv-parse reads behind a splitter with a small size limit, markers told apart. */
function split(text: string, maxBytes: number): unknown[] {
  const splitter = new CsvSplitter({ maxBytes });
  const pieces = [...splitter.push(text), ...splitter.end()];
  const joined = pieces.map((piece) => piece.toString()).join("");
  const rows = parse(joined, { relax_quotes: true, relax_column_count: true, skip_empty_lines: true });
  return (rows as string[][]).map((row) => splitter.malformed(row) ?? row);
}

describe("CsvSplitter", () => {
  it("replaces a record over the size limit by a marker and reads on from the next line", () => {
    expect(split(`a,b\n${"x".repeat(50)},1\ny,2\n`, 20)).toEqual([
      ["a", "b"],
      { reason: "csv_record_too_large", line: 2 },
      ["y", "2"],
    ]);
    expect(split(`a,b\n"${"x\n".repeat(30)}",1\ny,2\n`, 20)).toEqual([
      ["a", "b"],
      { reason: "csv_record_too_large", line: 2 },
      ...Array.from({ length: 29 }, () => ["x"]),
      { reason: "csv_quote_not_closed", line: 32 },
      ["y", "2"],
    ]);
  });

  it("splits on the delimiter it is given", () => {
    const splitter = new CsvSplitter({ delimiter: ";" });
    const out = [...splitter.push('a;"b\nc";d\n'), ...splitter.end()].join("");
    expect(out).toBe('a;"b\nc";d\n');
  });

  it("cannot be fooled by a cell that looks like a marker", () => {
    const splitter = new CsvSplitter();
    expect(splitter.malformed(["\u0000abc:csv_quote_not_closed:1"])).toBe(undefined);
  });
});
