import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ConvertInputError } from "../../io/convert-input-error.js";
import { inlineCell, rawWorkbook } from "../../testing/xlsx-builders.js";
import { readCtdc, readCtdcStream, readCtdcXlsxStream } from "./read-ctdc.js";

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}/input.csv`, import.meta.url), "utf8");

/** A synthetic CTDC file: the fixtures' header, rows drawn (with a fixed seed) from the values of each column. */
function syntheticCsv(name: string, count: number): string[][] {
  const [header, ...rows] = parse(fixture(name), { relax_column_count: true }) as string[][];
  let seed = 7;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed;
  };
  const generated = Array.from({ length: count }, () =>
    (header as string[]).map((_, column) => rows[next() % rows.length]?.[column] ?? ""),
  );
  return [header as string[], ...generated];
}

const csvText = (rows: readonly (readonly string[])[]) =>
  `${rows.map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(",")).join("\n")}\n`;

/** The workbook Excel would save from the CSV: plain numbers become number cells, the rest text. */
async function workbookOf(rows: readonly (readonly string[])[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("CTDC data");
  for (const row of rows) {
    sheet.addRow(
      row.map((cell) =>
        /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/.test(cell) ? Number(cell) : cell === "" ? null : cell,
      ),
    );
  }
  book.addWorksheet("Notes").addRow(["not read"]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of stream) all.push(item);
  return all;
}

describe("CTDC from .xlsx", () => {
  it.each([
    ["global-2017-2021", 400],
    ["synthetic-2024", 400],
  ])(
    "converts a workbook made from a %s CSV to the same records and report as the CSV",
    async (name, count) => {
      const rows = syntheticCsv(name, count);
      const bytes = await workbookOf(rows);
      const fromCsv = readCtdc(csvText(rows), { idSeed: "same" });
      expect(fromCsv.records).toHaveLength(count);
      const stream = readCtdcXlsxStream(bytes, { idSeed: "same" });
      expect(await collect(stream)).toEqual(fromCsv.records);
      // The same report, which also names the sheet read by its position.
      expect(stream.report()).toEqual({ ...fromCsv.report, sheet: 1 });
      // Handed over as a stream, the workbook is told from CSV by its first bytes.
      const sniffed = readCtdcStream(Readable.from([bytes.subarray(0, 2), bytes.subarray(2)]), {
        idSeed: "same",
      });
      expect(await collect(sniffed)).toEqual(fromCsv.records);
    },
  );

  it("counts a row with a value beyond the header as skipped rather than losing that value", async () => {
    const bytes = await rawWorkbook(
      `<row r="1">${inlineCell("A1", "gender")}${inlineCell("B1", "citizenship")}</row>` +
        `<row r="2">${inlineCell("A2", "Female")}${inlineCell("B2", "NA")}</row>` +
        `<row r="3">${inlineCell("A3", "Male")}${inlineCell("D3", "stray")}</row>` +
        `<row r="5">${inlineCell("B5", "BR")}</row>`,
    );
    const stream = readCtdcXlsxStream(bytes);
    const victims = await collect(stream);
    expect(victims.map((victim) => victim.citizenships)).toEqual([["NA"], ["BR"]]);
    expect(stream.report().rows).toEqual({ total: 3, converted: 2, invalid: 0, skipped: 1 });
    expect(JSON.stringify(stream.report())).not.toContain("stray");
  });

  it("refuses a workbook over a cap, an empty sheet, and a workbook without a CTDC header, naming no value", async () => {
    const rows = syntheticCsv("global-2017-2021", 30);
    const bytes = await workbookOf(rows);
    const over = await collect(readCtdcXlsxStream(bytes, { caps: { maxRows: 20 } })).catch(
      (error: unknown) => error,
    );
    expect(over).toBeInstanceOf(ConvertInputError);
    expect((over as ConvertInputError).message).toContain("maxRows = 20 (sheet 1, row 21)");
    const empty = await collect(readCtdcXlsxStream(await rawWorkbook(""))).catch((error: unknown) => error);
    expect((empty as ConvertInputError).code).toBe("empty_input");
    const secret = await rawWorkbook(`<row r="1">${inlineCell("A1", "Secret Person")}</row>`);
    const noHeader = await collect(readCtdcXlsxStream(secret)).catch((error: unknown) => error);
    expect((noHeader as ConvertInputError).code).toBe("missing_header_row");
    expect((noHeader as Error).message).not.toContain("Secret");
  });

  it("refuses `__proto__` and `constructor` header cells by column number without touching Object.prototype", async () => {
    const bytes = await rawWorkbook(
      `<row r="1">${inlineCell("A1", "gender")}${inlineCell("B1", "__proto__")}${inlineCell("C1", "constructor")}</row>` +
        `<row r="2">${inlineCell("A2", "Female")}${inlineCell("B2", "x")}${inlineCell("C2", "y")}</row>`,
    );
    const stream = readCtdcXlsxStream(bytes);
    const victims = await collect(stream);
    expect(victims).toHaveLength(1);
    // Such a header is never made a key: the cells are reported by column number and not read.
    expect(victims[0]?.extensions).toBeUndefined();
    expect(stream.report().invalidValues).toEqual([
      { row: 1, column: "column 2", code: "forbidden_key" },
      { row: 1, column: "column 3", code: "forbidden_key" },
    ]);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
