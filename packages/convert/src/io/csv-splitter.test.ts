import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CsvRow, CsvSplitter } from "./csv-splitter.js";

/** The rows of a text handed to a splitter in chunks of the given sizes, in turn. */
function split(text: string, options: { maxChars?: number; delimiter?: string } = {}, sizes = [text.length]) {
  const splitter = new CsvSplitter(options);
  const rows: CsvRow[] = [];
  for (let at = 0, turn = 0; at < text.length; turn++) {
    const size = Math.max(1, sizes[turn % sizes.length] as number);
    rows.push(...splitter.push(text.slice(at, at + size)));
    at += size;
  }
  rows.push(...splitter.end());
  return rows;
}

/** csv-parse with the rules the splitter follows: the oracle for rows without a malformed record. */
function csvParse(text: string, delimiter = ","): string[][] {
  return parse(text, {
    bom: true,
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    record_delimiter: ["\r\n", "\n", "\r"],
  });
}

/** Text made of the characters that trouble CSV. */
const troubled = (maxLength: number) =>
  fc.string({ unit: fc.constantFrom("a", ",", ";", '"', "\r", "\n", " ", "é", "😀"), maxLength });

describe("CsvSplitter", () => {
  it("reads the rows csv-parse reads, wherever no record is malformed", () => {
    fc.assert(
      fc.property(troubled(80), fc.constantFrom(",", ";"), (text, delimiter) => {
        const rows = split(text, { delimiter });
        if (rows.some((row) => "malformed" in row)) return;
        expect(rows.map((row) => ("cells" in row ? row.cells : row))).toEqual(csvParse(text, delimiter));
      }),
      { numRuns: 2000 },
    );
  });

  it("finds every record csv-parse cannot close malformed", () => {
    fc.assert(
      fc.property(troubled(80), (text) => {
        let parsed = true;
        try {
          csvParse(text);
        } catch {
          parsed = false;
        }
        if (!parsed) expect(split(text).some((row) => "malformed" in row)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the same rows however the text is cut into chunks", () => {
    fc.assert(
      fc.property(
        troubled(120),
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }),
        (text, maxChars, sizes) => {
          expect(split(text, { maxChars }, sizes)).toEqual(split(text, { maxChars }));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("reads quoted cells, doubled quotes and quotes inside unquoted cells as csv-parse does", () => {
    const text = '"a,b","say ""hi""",x"y\r\n"multi\nline",,"" \n';
    expect(split(text)).toEqual([
      { cells: ["a,b", 'say "hi"', 'x"y'] },
      { malformed: "csv_text_after_quote", line: 2 },
      // Its second line is read again: `line"` is text, then `"" ` has text after its closing quote.
      { malformed: "csv_text_after_quote", line: 3 },
    ]);
    const good = '"a,b","say ""hi""",x"y\r\n"multi\nline",,""\n';
    expect(split(good)).toEqual(csvParse(good).map((cells) => ({ cells })));
  });

  it("drops a byte order mark only at the very start", () => {
    expect(split("\uFEFFa,b\n\uFEFFc\n")).toEqual([{ cells: ["a", "b"] }, { cells: ["\uFEFFc"] }]);
  });

  it("replaces a record over the size limit by a malformed row and reads on from the next line", () => {
    expect(split(`a,b\n${"x".repeat(50)},1\ny,2\n`, { maxChars: 20 })).toEqual([
      { cells: ["a", "b"] },
      { malformed: "csv_record_too_large", line: 2 },
      { cells: ["y", "2"] },
    ]);
    expect(split(`a,b\n"${"x\n".repeat(30)}",1\ny,2\n`, { maxChars: 20 })).toEqual([
      { cells: ["a", "b"] },
      { malformed: "csv_record_too_large", line: 2 },
      ...Array.from({ length: 29 }, () => ({ cells: ["x"] })),
      { malformed: "csv_quote_not_closed", line: 32 },
      { cells: ["y", "2"] },
    ]);
  });

  it("gives up a record that never ends once it passes the size limit, and reads the next line", () => {
    const splitter = new CsvSplitter({ maxChars: 100 });
    const rows: CsvRow[] = [];
    for (let chunk = 0; chunk < 1000; chunk++) rows.push(...splitter.push("abc,".repeat(10)));
    rows.push(...splitter.push("\nz,1\n"), ...splitter.end());
    expect(rows).toEqual([{ malformed: "csv_record_too_large", line: 1 }, { cells: ["z", "1"] }]);
  });

  it("splits on the delimiter it is given", () => {
    expect(split('a;"b\nc";d,e\n', { delimiter: ";" })).toEqual([{ cells: ["a", "b\nc", "d,e"] }]);
  });
});
