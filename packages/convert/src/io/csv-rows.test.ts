import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { type CsvRow, csvRows, csvRowsSync } from "./csv-rows.js";

/** The rows of a text read as a stream that hands out one byte at a time (every split a chunk can make). */
async function streamed(text: string): Promise<CsvRow[]> {
  const bytes = Buffer.from(text);
  const rows: CsvRow[] = [];
  const source = Readable.from([...bytes].map((byte) => Buffer.from([byte])));
  for await (const row of csvRows(source)) rows.push(row);
  return rows;
}

async function both(text: string): Promise<CsvRow[]> {
  const whole = csvRowsSync(text);
  expect(await streamed(text)).toEqual(whole);
  return whole;
}

const cells = (...rows: string[][]): CsvRow[] => rows.map((row) => ({ cells: row }));

describe("CSV rows", () => {
  it("ends records at LF, CRLF and CR alike, also mixed in one file", async () => {
    const expected = cells(["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]);
    expect(await both("a,b\n1,2\n3,4\n5,6\n")).toEqual(expected);
    expect(await both("a,b\r\n1,2\r\n3,4\r\n5,6\r\n")).toEqual(expected);
    expect(await both("a,b\r1,2\r3,4\r5,6\r")).toEqual(expected);
    expect(await both("a,b\r\n1,2\n3,4\r5,6")).toEqual(expected);
    expect(await both("a,b\n1,2\r3,4\r\n5,6\n")).toEqual(expected);
  });

  it("keeps line breaks inside quoted cells, whatever their kind", async () => {
    expect(await both('a,b\r\n"x\r\ny",1\r\n"p\nq\rr",2\r\n')).toEqual(
      cells(["a", "b"], ["x\r\ny", "1"], ["p\nq\rr", "2"]),
    );
  });

  it("reads a quote inside an unquoted cell as text, as spreadsheets do", async () => {
    expect(await both('a,b\nx,ma"le\ny,2\n')).toEqual(cells(["a", "b"], ["x", 'ma"le'], ["y", "2"]));
  });

  it("turns a cell with text after its closing quote into one malformed row; the next rows survive", async () => {
    for (const ending of ["\n", "\r\n", "\r"]) {
      const text = ["a,b", 'x,"ma"le', "y,2", "z,3", ""].join(ending);
      expect(await both(text)).toEqual([
        { cells: ["a", "b"] },
        { malformed: "csv_text_after_quote", line: 2 },
        { cells: ["y", "2"] },
        { cells: ["z", "3"] },
      ]);
    }
  });

  it("a quote that opens a cell and never closes swallows no row after it", async () => {
    for (const ending of ["\n", "\r\n", "\r"]) {
      const text = ["a,b", 'x,"open', "y,2", 'z,"3"', "w,4", ""].join(ending);
      expect(await both(text)).toEqual([
        { cells: ["a", "b"] },
        { malformed: "csv_text_after_quote", line: 2 },
        { cells: ["y", "2"] },
        { cells: ["z", "3"] },
        { cells: ["w", "4"] },
      ]);
      const unclosed = ["a,b", "x,1", 'y,"open', "z,3", "w,4"].join(ending);
      expect(await both(unclosed)).toEqual([
        { cells: ["a", "b"] },
        { cells: ["x", "1"] },
        { malformed: "csv_quote_not_closed", line: 3 },
        { cells: ["z", "3"] },
        { cells: ["w", "4"] },
      ]);
    }
  });

  it("numbers the line of a malformed row after quoted cells with line breaks", async () => {
    expect(await both('a,b\r\n"x\r\ny",1\r\n"p"q,2\r\nr,3\r\n')).toEqual([
      { cells: ["a", "b"] },
      { cells: ["x\r\ny", "1"] },
      { malformed: "csv_text_after_quote", line: 4 },
      { cells: ["r", "3"] },
    ]);
  });

  it("never puts a cell's text in the error it throws", () => {
    const rows = csvRowsSync('a,b\n"SECRET"x,1\n');
    expect(JSON.stringify(rows)).not.toContain("SECRET");
  });

  it("reads a byte order mark before a quoted header", async () => {
    expect(await both('\uFEFF"a",b\n1,2\n')).toEqual(cells(["a", "b"], ["1", "2"]));
  });
});
