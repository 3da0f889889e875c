import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { CTDC_COLUMNS } from "../../standards/ctdc/ctdc-columns.js";
import { readCtdcStream, readCtdcXlsxStream } from "../../standards/ctdc/read-ctdc.js";
import { GLOTIP_COLUMNS } from "../../standards/glotip/glotip-columns.js";
import { readGlotipStream } from "../../standards/glotip/read-glotip.js";
import { readHtcds } from "../../standards/htcds/read-htcds.js";
import { expectPrototypeUntouched } from "../../testing/hostile.js";
import { attemptRead, drain, expectSoundReport, hostileText } from "../../testing/reader-properties.js";
import { textWorkbook, textWorkbookParts, zipOf } from "../../testing/xlsx-builders.js";
import { readXlsxRows } from "./read-xlsx-rows.js";
import type { XlsxRow } from "./xlsx-cell.js";

afterEach(() => {
  expectPrototypeUntouched();
});

async function allRows(source: Uint8Array): Promise<XlsxRow[]> {
  const rows: XlsxRow[] = [];
  for await (const row of readXlsxRows(source)) rows.push(row);
  return rows;
}

/** Rows as the reader hands them over: numbered from 1, only the cells that hold a value, in column order. */
function expectWellFormed(rows: readonly XlsxRow[]): void {
  let last = 0;
  for (const { row, cells } of rows) {
    expect(row).toBeGreaterThan(0);
    expect(cells.length).toBeGreaterThan(0);
    last = row;
    let column = -1;
    for (const cell of cells) {
      expect(cell.column).toBeGreaterThan(column);
      expect(cell.column).toBeLessThan(16_384);
      expect(cell.value).not.toBe("");
      column = cell.column;
    }
  }
  expect(last).toBeLessThanOrEqual(1_048_576);
}

/** Any text a cell may hold: hostile texts, and any code units at all (lone surrogates, control characters). */
const cellText = fc.oneof(hostileText, fc.string({ unit: "binary", maxLength: 10 }), fc.constant(""));
const table = fc.array(fc.array(cellText, { maxLength: 6 }), { maxLength: 6 });

/** The parts of a small workbook, any of which a property replaces. */
const PART_NAMES = Object.keys(
  textWorkbookParts(
    [
      ["a", "b"],
      ["1", "2"],
    ],
    true,
  ),
);

/** A part's content gone wrong: any bytes, any text, or the valid part cut or with text spliced in. */
function brokenPart(valid: string): fc.Arbitrary<string | Uint8Array> {
  return fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    fc.string({ unit: "binary", maxLength: 60 }),
    fc.nat({ max: valid.length }).map((at) => valid.slice(0, at)),
    fc
      .tuple(fc.nat({ max: valid.length }), fc.nat({ max: 20 }), fc.string({ unit: "binary", maxLength: 12 }))
      .map(([at, cut, text]) => valid.slice(0, at) + text + valid.slice(at + cut)),
    fc.constantFrom(
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><x>&b;</x>',
      '<?xml version="1.0" encoding="UTF-16"?><x/>',
      '<sheetData><row r="0"><c r="A0"/></row></sheetData>',
      '<worksheet><sheetData><row r="1048577"><c r="A1048577"><v>1</v></c></row></sheetData></worksheet>',
      '<worksheet><sheetData><row><c r="XFE1"><v>1</v></c></row></sheetData></worksheet>',
      '<worksheet><sheetData><row r="1"><c t="s"><v>99</v></c><c t="s"><v>-1</v></c></row></sheetData></worksheet>',
      '<worksheet><sheetData><c r="B2"><v>1</v></c><row r="1"/></sheetData></worksheet>',
    ),
  );
}

describe("the workbook reader on arbitrary input", () => {
  it("refuses arbitrary bytes with the input error only", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          // Bytes that start as a zip does, so the reader looks further.
          fc.uint8Array({ maxLength: 400 }).map((rest) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...rest])),
        ),
        async (bytes) => {
          const rows = await attemptRead(() => allRows(bytes));
          if (rows !== undefined) expectWellFormed(rows);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads a zip whose parts are damaged, missing or foreign, or refuses it with the input error only", async () => {
    const valid = textWorkbookParts(
      [
        ["prs_FirstName", "prs_Gender", "gender"],
        ["Ana", "Feminine", "Woman"],
        ["", "7", "x"],
      ],
      true,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.constantFrom(...PART_NAMES), { minLength: 1, maxLength: 3 }).chain((names) =>
          fc.tuple(
            fc.constant(names),
            fc.tuple(...names.map((name) => brokenPart(String(valid[name])))),
            fc.boolean(),
            // Parts the workbook does not name.
            fc.dictionary(
              fc.constantFrom(
                "docProps/core.xml",
                "xl/media/image1.png",
                "xl/worksheets/sheet2.xml",
                "customXml/item1.xml",
              ),
              fc.uint8Array({ maxLength: 40 }),
              { maxKeys: 2 },
            ),
          ),
        ),
        async ([names, contents, omit, foreign]) => {
          const parts: Record<string, string | Uint8Array> = { ...valid };
          names.forEach((name, index) => {
            if (omit && index === 0) delete parts[name];
            else parts[name] = contents[index] as string | Uint8Array;
          });
          for (const [name, bytes] of Object.entries(foreign)) parts[name] ??= bytes;
          const bytes = await zipOf(parts);
          const rows = await attemptRead(() => allRows(bytes));
          if (rows !== undefined) expectWellFormed(rows);
          // The readers of the standards meet the same damage through the same reader.
          const ctdc = await attemptRead(() => drain(readCtdcXlsxStream(bytes)));
          if (ctdc !== undefined) expectSoundReport(ctdc.report);
          const htcds = await attemptRead(() => readHtcds(bytes, { format: "xlsx" }));
          if (htcds !== undefined) expectSoundReport(htcds.report);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("reads any text back cell for cell, from shared or inline strings", async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.boolean(), async (rows, shared) => {
        const read = await allRows(await textWorkbook(rows, shared));
        // Independently: every row that has a non-empty text, its non-empty texts by column.
        const expected = rows
          .map((cells, index) => ({
            row: index + 1,
            cells: cells.flatMap((value, column) => (value === "" ? [] : [{ column, value }])),
          }))
          .filter((row) => row.cells.length > 0);
        expect(read).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

const CTDC_NAMES = [...CTDC_COLUMNS.keys()];

/** Data rows of a sheet whose first non-empty row is the header: the later rows with a non-empty text. */
function dataRows(rows: readonly (readonly string[])[]): number {
  const filled = rows.filter((cells) => cells.some((cell) => cell !== ""));
  return Math.max(filled.length - 1, 0);
}

const REQUIRED = ["Indicator", "Year", "txtVALUE"];

/** A GLOTIP header: its required columns, some others, hostile names, in any order. */
const glotipHeader = fc
  .tuple(
    fc.shuffledSubarray(
      GLOTIP_COLUMNS.filter((name) => !REQUIRED.includes(name)),
      { maxLength: 5 },
    ),
    fc.array(hostileText, { maxLength: 3 }),
  )
  .chain(([names, extra]) => {
    const all = [...REQUIRED, ...names, ...extra];
    return fc.shuffledSubarray(all, { minLength: all.length });
  });

describe("the readers of workbooks on arbitrary sheets", () => {
  it("CTDC: every data row counted once, a record per row kept, nothing echoed", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.constantFrom(...CTDC_NAMES), hostileText), { minLength: 1, maxLength: 6 }),
        table,
        async (header, rows) => {
          const sheet = [header, ...rows];
          const bytes = await textWorkbook(sheet);
          for (const stream of [readCtdcXlsxStream(bytes), readCtdcStream(bytes)]) {
            const read = await attemptRead(() => drain(stream));
            if (read === undefined) continue;
            expectSoundReport(read.report);
            expect(read.report.rows.total).toBe(dataRows(sheet));
            const { converted, invalid } = read.report.rows;
            expect(read.records).toHaveLength(converted + invalid);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("GLOTIP: every row after the header counted once, a record per row kept, nothing echoed", async () => {
    await fc.assert(
      fc.asyncProperty(
        glotipHeader,
        table,
        fc.array(fc.array(cellText, { maxLength: 3 }), { maxLength: 2 }),
        async (header, rows, banner) => {
          const bytes = await textWorkbook([...banner, header, ...rows]);
          const read = await attemptRead(() => drain(readGlotipStream(bytes)));
          if (read === undefined) return;
          expectSoundReport(read.report);
          expect(read.report.rows.total).toBe(
            rows.filter((cells) => cells.some((cell) => cell.trim() !== "")).length,
          );
          const { converted, invalid } = read.report.rows;
          expect(read.records).toHaveLength(converted + invalid);
        },
      ),
      { numRuns: 200 },
    );
  });
});
