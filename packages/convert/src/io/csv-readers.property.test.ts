import { Readable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import type { ConversionResult } from "../report/conversion-report.js";
import { readCtdc } from "../standards/ctdc/read-ctdc.js";
import { readFlatCsv } from "../standards/flat-csv/read-flat-csv.js";
import { expectPrototypeUntouched } from "../testing/hostile.js";
import { ConvertInputError } from "./convert-input-error.js";
import { type CsvRow, csvRows, csvRowsSync } from "./csv-rows.js";

afterEach(() => {
  expectPrototypeUntouched();
});

/** Headers a hostile or careless file may have: model paths, CTDC names, prototype keys at every depth. */
const HEADERS = [
  "id",
  "sex",
  "ageAtIdentification",
  "givenName",
  "exploitation.forms",
  "identification.status",
  "events.0.role",
  "extensions.lc.note",
  "gender",
  "ageBroad",
  "citizenship",
  "isForcedLabour",
  "__proto__",
  "constructor",
  "prototype",
  "__proto__.sex",
  "extensions.__proto__.sex",
  "extensions.lc.__proto__",
  "extensions.constructor.prototype",
  "identification.__proto__",
  "unknown column",
];

/** Cells made of the characters that trouble CSV: quotes, delimiters, line breaks, spaces, JSON braces. */
const cell = fc.oneof(
  fc.constantFrom("", " ", "male", "female", "1", "0", "-99", "BRA", '{"__proto__":{"sex":"female"}}', "[]"),
  fc.string({ unit: fc.constantFrom("a", ",", '"', "\r", "\n", " ", "{", "}", ":", ";", "é") }),
);
const ending = fc.constantFrom("\n", "\r\n", "\r");

type Reader = (text: string) => ConversionResult<unknown>;
const READERS: [string, Reader][] = [
  ["flat CSV", (text) => readFlatCsv(text)],
  ["CTDC", (text) => readCtdc(text)],
];

/** Runs a reader; the only error it may throw is the documented `ConvertInputError`. */
function attempt(reader: Reader, text: string): ConversionResult<unknown> | undefined {
  try {
    return reader(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ConvertInputError);
    expect((error as Error).message).not.toMatch(/\n/);
    return undefined;
  }
}

describe("CSV readers on arbitrary CSV-like text", () => {
  it("read well-formed CSV back cell for cell, whatever the line endings", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 8 }),
        ending,
        (rows, end) => {
          const text = rows.map((row) => stringify([row], { quoted: true, record_delimiter: end })).join("");
          // Rows of empty cells are blank lines; so is a row of one empty cell.
          const expected = rows.filter((row) => row.some((value) => value !== ""));
          const read = csvRowsSync(text).map((row) => ("cells" in row ? row.cells : row));
          expect(read.filter((row) => !Array.isArray(row) || row.some((value) => value !== ""))).toEqual(
            expected,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("read the same rows from a stream, however its chunks are cut", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom("a", ",", '"', "\r", "\n", " ", "é") }),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 }),
        async (text, sizes) => {
          const bytes = Buffer.from(text);
          const chunks: Buffer[] = [];
          for (let at = 0, i = 0; at < bytes.length; at += sizes[i++ % sizes.length] as number)
            chunks.push(bytes.subarray(at, at + (sizes[i % sizes.length] as number)));
          const streamed: CsvRow[] = [];
          for await (const row of csvRows(Readable.from(chunks))) streamed.push(row);
          expect(streamed).toEqual(csvRowsSync(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  for (const [name, reader] of READERS) {
    it(`${name}: every well-formed data row is counted once; nothing reaches a prototype`, () => {
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 6 }),
          fc.array(fc.array(cell, { minLength: 0, maxLength: 7 }), { maxLength: 8 }),
          ending,
          (header, rows, end) => {
            const lines = [header, ...rows].map((row) =>
              stringify([row], { quoted: true, record_delimiter: end }),
            );
            const result = attempt(reader, lines.join(""));
            if (result === undefined) return;
            const { rows: counts } = result.report;
            // Independently: data rows with a value in some cell (a row of empty cells is a blank line).
            const expectedRows = rows.filter((row) => row.some((value) => value.trim() !== "")).length;
            expect(counts.total).toBe(expectedRows);
            expect(counts.converted + counts.invalid + counts.skipped).toBe(counts.total);
            expect(result.records).toHaveLength(counts.converted + counts.invalid);
          },
        ),
        { numRuns: 300 },
      );
    });

    it(`${name}: arbitrary text never throws but the input error, and its counts reconcile`, () => {
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 6 }),
          fc.string({ unit: fc.constantFrom("a", "1", ",", '"', "\r", "\n", " ", "{", "}", "_") }),
          (header, body) => {
            const text = `${header.join(",")}\n${body}`;
            const result = attempt(reader, text);
            if (result === undefined) return;
            const { rows: counts } = result.report;
            expect(counts.converted + counts.invalid + counts.skipped).toBe(counts.total);
            expect(result.records).toHaveLength(counts.converted + counts.invalid);
            // A row is at least one physical line: more rows than lines would mean rows were invented.
            expect(counts.total).toBeLessThanOrEqual(body.split(/\r\n|\r|\n/).length);
            expect(() => JSON.stringify(result)).not.toThrow();
          },
        ),
        { numRuns: 500 },
      );
    });
  }
});
