// Opt-in check on UNODC's published GLOTIP export, read from the shared real-data folder beside the
// repository (never copied into it). Run with the real-data suite; without the folder it says so and passes.
import { createReadStream, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Aggregate } from "@tip/schema";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readGlotipStream } from "./read-glotip.js";
import { writeGlotipCsv, writeGlotipXlsx } from "./write-glotip.js";

const RELATIVE = join("shared", "reference", "real-data", "unodc-glotip-2025", "data_glotip.xlsx");

/** The export in `shared/reference/real-data` of a folder above the repository, if there is one. */
function findExport(): string | undefined {
  let folder = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../..");
  for (let up = 0; up < 4; up++) {
    folder = dirname(folder);
    const candidate = join(folder, RELATIVE);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

const file = findExport();

/** The cells of the export's header and data rows (row 3 on), as text, read with exceljs's plain reader. */
async function sourceCells(path: string): Promise<{ cells: string[][]; years: unknown[] }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.worksheets[0] as ExcelJS.Worksheet;
  const cells: string[][] = [];
  const years: unknown[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    if (number < 3) return;
    const values: string[] = [];
    for (let column = 1; column <= 13; column++) {
      const value = row.getCell(column).value;
      values.push(value === null || value === undefined ? "" : String(value));
    }
    cells.push(values);
    years.push(row.getCell(10).value);
  });
  return { cells, years };
}

describe.runIf(file === undefined)("GLOTIP real data (absent)", () => {
  it("is not here: the real-data folder beside the repository is absent, nothing to check", () => {
    console.warn(`GLOTIP real-data check skipped: ${RELATIVE} not found above the repository`);
    expect(file).toBeUndefined();
  });
});

describe.runIf(file !== undefined)("GLOTIP real data: UNODC's 2025 export", () => {
  it("reads all 58,769 rows (29,558 of them <5) and writes every cell back unchanged", async () => {
    const path = file as string;
    const { cells: source, years } = await sourceCells(path);
    const [header, ...rows] = source;
    expect(rows).toHaveLength(58_769);
    const smallCounts = rows.filter((row) => row[11] === "<5").length;
    expect(smallCounts).toBe(29_558);

    const stream = readGlotipStream(createReadStream(path));
    const records: Aggregate[] = [];
    for await (const record of stream) records.push(record);
    const report = stream.report();
    expect(report.rows).toEqual({ total: 58_769, converted: 58_769, invalid: 0, skipped: 0 });
    expect(report.invalidValues).toEqual([]);
    expect(records.filter((record) => record.suppressed?.below === 5)).toHaveLength(smallCounts);

    const csv = parse(writeGlotipCsv(records).text) as string[][];
    expect(csv).toEqual([header, ...rows]);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeGlotipXlsx(records)).bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.rowCount).toBe(source.length);
    const written: unknown[] = [];
    sheet.eachRow((row, number) => {
      if (number > 1) written.push(row.getCell(10).value);
    });
    // The year stays a number cell, as in the export.
    expect(written).toEqual(years.slice(1));
  }, 600_000);
});
