import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { uuid, validateText } from "./helpers.js";

const counts = (s: { total: number; valid: number; invalid: number; skipped: number }) => [
  s.total,
  s.valid,
  s.invalid,
  s.skipped,
];

const row = (n: number) => `victim,${uuid(n)},male`;

describe("CSV row accounting", () => {
  it("keeps all 3 rows of a file whose lines end in CRLF, LF and CR", async () => {
    const text = `recordType,id,sex\r\n${row(1)}\n${row(2)}\r${row(3)}\r\n`;
    const summary = await validateText(text, { format: "csv" }, 5);
    expect(counts(summary)).toEqual([3, 3, 0, 0]);
  });

  for (const [name, ending] of [
    ["LF", "\n"],
    ["CRLF", "\r\n"],
    ["CR", "\r"],
  ] as const) {
    it(`counts 100 rows with one bad row of each kind in a ${name} file, at the bad row's line`, async () => {
      const bad = {
        text_after_quote: `victim,"${uuid(11)}"x,male`,
        quote_not_closed: `victim,${uuid(11)},"male`,
        row_length: `victim,${uuid(11)}`,
      };
      for (const [kind, line] of Object.entries(bad)) {
        const lines = ["recordType,id,sex"];
        for (let n = 1; n <= 100; n++) lines.push(n === 11 ? line : row(n));
        const summary = await validateText(lines.join(ending) + ending, { format: "csv" }, 7);
        expect([kind, summary.total]).toEqual([kind, 100]);
        expect(summary.valid).toBe(99);
        expect(summary.issues[0]?.line).toBe(12);
        expect(summary.issues.map((issue) => issue.line)).toEqual(summary.issues.map(() => 12));
      }
    });
  }

  it("gives the exact line of a row after quoted cells with CRLF and CR line breaks", async () => {
    const text = `recordType,id,sex,givenName\r\n${row(1)},"a\r\nb"\r\n${row(2)},"c\rd"\r\nvictim,${uuid(3)},bad,x\r\n`;
    const summary = await validateText(text, { format: "csv" }, 3);
    expect(summary.issues.map((issue) => [issue.code, issue.line])).toEqual([["invalid_code", 6]]);
  });

  it("names an unknown or repeated column by number, never by its header", async () => {
    const summary = await validateText(`recordType,id,SECRET_NAME,id\n${row(1)},x\n`, { format: "csv" });
    expect(summary.issues.map((issue) => [issue.code, issue.column, issue.params.column])).toEqual([
      ["csv_extra_column", 3, 3],
      ["csv_duplicate_column", 4, 4],
    ]);
    expect(JSON.stringify(summary)).not.toContain("SECRET");
  });

  /** One CSV line, every cell quoted (RFC 4180), written here so that the test does not trust the reader. */
  const line = (cells: readonly string[], end: string) =>
    cells.map((value) => `"${value.replaceAll('"', '""')}"`).join(",") + end;
  const headers = fc.uniqueArray(
    fc.constantFrom(
      "recordType",
      "id",
      "sex",
      "givenName",
      "__proto__",
      "__proto__.sex",
      "constructor.prototype.sex",
      "extensions.__proto__.sex",
      "extensions.lc.__proto__",
      "other",
    ),
    { minLength: 1, maxLength: 6 },
  );
  const cell = fc.oneof(
    fc.constantFrom("", "victim", "male", uuid(1), '{"__proto__":{"sex":"female"}}'),
    fc.string({ unit: fc.constantFrom("a", ",", '"', "\r", "\n", " ", "é") }),
  );
  const ending = fc.constantFrom("\n", "\r\n", "\r");

  it("counts every well-formed row once, at a line inside the file, whatever the chunks", async () => {
    await fc.assert(
      fc.asyncProperty(
        headers,
        fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 8 }),
        ending,
        fc.integer({ min: 1, max: 9 }),
        async (header, rows, end, chunk) => {
          const text = [header, ...rows].map((cells) => line(cells, end)).join("");
          const summary = await validateText(text, { format: "csv", recordType: "victim" }, chunk);
          // A row with no value in any cell is a blank line, as in the converters: no row.
          expect(summary.total).toBe(
            rows.filter((cells) => cells.some((value) => value.trim() !== "")).length,
          );
          expect(summary.valid + summary.invalid + summary.skipped).toBe(summary.total);
          const lineCount = text.split(/\r\n|\r|\n/).length;
          for (const issue of summary.issues) {
            if (issue.line !== undefined) expect(issue.line).toBeGreaterThanOrEqual(1);
            if (issue.line !== undefined) expect(issue.line).toBeLessThanOrEqual(lineCount);
          }
          expect(Object.keys(Object.prototype)).toEqual([]);
          expect(({} as Record<string, unknown>).sex).toBe(undefined);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("never throws on arbitrary CSV-like text and its counts add up", async () => {
    await fc.assert(
      fc.asyncProperty(
        headers,
        fc.string({ unit: fc.constantFrom("a", "1", ",", '"', "\r", "\n", " ", "_", "\u0000") }),
        fc.integer({ min: 1, max: 9 }),
        async (header, body, chunk) => {
          const summary = await validateText(`${header.join(",")}\n${body}`, { format: "csv" }, chunk);
          expect(summary.valid + summary.invalid + summary.skipped).toBe(summary.total);
          expect(summary.total).toBeLessThanOrEqual(body.split(/\r\n|\r|\n/).length);
          expect(Object.keys(Object.prototype)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
