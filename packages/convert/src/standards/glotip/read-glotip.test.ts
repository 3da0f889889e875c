import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ConvertInputError } from "../../io/convert-input-error.js";
import { readGlotipStream } from "./read-glotip.js";
import { writeGlotipCsv, writeGlotipXlsx } from "./write-glotip.js";

const HEADER =
  "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source";

/** A synthetic export in GLOTIP's shape: two banner rows, the header, then data rows (made-up figures). */
const EXPORT = [
  "UNODC,",
  "01/01/2025,",
  HEADER,
  "TTO,Trinidad and Tobago,Americas,Latin America and the Caribbean,Detected trafficking victims,Total,Total,Female,0 to 17 years,2021,Counts,12,GLOTIP",
  "TTO,Trinidad and Tobago,Americas,Latin America and the Caribbean,Detected trafficking victims,by form of exploitation,Sexual exploitation,Total,Total,2021,Counts,<5,GLOTIP",
  'VEN,Venezuela (Bolivarian Republic of),Americas,Latin America and the Caribbean,Persons convicted,by citizenship,Nationals,Male,18 years or over,2020,Counts,"1,757",GLOTIP',
  ",Sark,Europe,Northern Europe,Persons prosecuted,Total,Total,Total,Total,2019,Counts,3,GLOTIP",
  "TTO,Trinidad and Tobago,Americas,Latin America and the Caribbean,Detected trafficking victims,by citizenship,Colombia,Unknown,Unknown,2022,Counts,7,GLOTIP",
].join("\n");

async function read(text: string | Uint8Array, _layout?: "csv" | "xlsx") {
  const stream = readGlotipStream(text);
  const records = [];
  for await (const record of stream) records.push(record);
  return { records, report: stream.report() };
}

describe("readGlotipStream", () => {
  it("finds the header below the banner and reads each row into an aggregate record", async () => {
    const { records, report } = await read(EXPORT);
    expect(report.rows).toEqual({ total: 5, converted: 5, invalid: 0, skipped: 0 });
    expect(records[0]).toMatchObject({
      recordType: "aggregate",
      indicator: "detected_victims",
      country: "TT",
      year: 2021,
      breakdown: "total",
      sex: "female",
      ageGroup: "child",
      unit: "count",
      value: 12,
      source: "GLOTIP",
    });
    expect(records[1]).toMatchObject({ exploitationForm: "sexual_exploitation", suppressed: { below: 5 } });
    expect(records[1]).not.toHaveProperty("value");
    expect(records[1]).not.toHaveProperty("sex");
    // A category no code says, a number with a thousands separator, a country named otherwise: kept as written.
    expect(records[2]).toMatchObject({
      breakdown: "citizenship",
      value: 1757,
      sex: "male",
      ageGroup: "adult",
    });
    expect(records[2]?.sourceLabels).toMatchObject({ category: "Nationals", value: "1,757" });
    expect(records[2]).not.toHaveProperty("categoryCountry");
    // An area without an ISO code.
    expect(records[3]).not.toHaveProperty("country");
    expect(records[3]?.sourceLabels).toMatchObject({ area: "Sark" });
    expect(records[4]).toMatchObject({ categoryCountry: "CO", sex: "unknown", ageGroup: "unknown" });
  });

  it("gives the same rows the same ids on every read", async () => {
    const first = (await read(EXPORT)).records.map((record) => record.id);
    const second = (await read(EXPORT)).records.map((record) => record.id);
    expect(new Set(first).size).toBe(5);
    expect(second).toEqual(first);
  });

  it("writes every row and cell back unchanged (CSV)", async () => {
    const { records } = await read(EXPORT);
    const written = writeGlotipCsv(records);
    expect(written.text).toBe(`${EXPORT.split("\n").slice(2).join("\n")}\n`);
    expect(written.report.rows).toEqual({ total: 5, converted: 5, invalid: 0, skipped: 0 });
  });

  it("reads columns in any order and letter case", async () => {
    const text =
      "txtvalue,YEAR, unit of measurement ,indicator,dimension,Iso3_code\n<5,2020,Counts,Persons convicted,Total,ARG\n";
    const { records, report } = await read(text);
    expect(report.rows.converted).toBe(1);
    expect(records[0]).toMatchObject({ indicator: "persons_convicted", year: 2020, country: "AR" });
  });

  it("reports unreadable cells by row and column without their value, and keeps them to write back", async () => {
    const text = `${HEADER}\nZZZ,Nowhere,,,Detected victims,Total,Total,Total,Total,20x1,Counts,n/a,GLOTIP\n`;
    const { records, report } = await read(text);
    expect(report.rows).toEqual({ total: 1, converted: 0, invalid: 1, skipped: 0 });
    expect(report.invalidValues.map((value) => [value.row, value.column, value.code])).toEqual([
      [1, "Iso3_code", "unknown_code"],
      [1, "Year", "not_a_year"],
      [1, "txtVALUE", "not_a_number"],
      [1, "Indicator", "unknown_code"],
    ]);
    expect(JSON.stringify(report)).not.toMatch(/ZZZ|Nowhere|n\/a|20x1|Detected victims/);
    expect(writeGlotipCsv(records).text).toBe(`${HEADER}\n${text.split("\n")[1]}\n`);
  });

  it("reads a sex or age it does not know as an unreadable value, never as the total", async () => {
    const text = `${HEADER}\nTTO,Trinidad and Tobago,,,Persons convicted,Total,Total,Intersex,Teen,2020,Counts,4,GLOTIP\n`;
    const { records, report } = await read(text);
    expect(report.invalidValues.map((value) => value.column)).toEqual(["Sex", "Age"]);
    expect(records[0]?.sourceLabels).toMatchObject({ sex: "Intersex", age: "Teen" });
  });

  it("keeps columns beyond GLOTIP's in extensions.glotip, without a prototype, even named __proto__", async () => {
    const text = `${HEADER},__proto__,constructor\nARG,Argentina,,,Persons convicted,Total,Total,Total,Total,2020,Counts,4,GLOTIP,x,y\n`;
    const { records, report } = await read(text);
    const kept = records[0]?.extensions?.glotip as Record<string, unknown>;
    expect(Object.getPrototypeOf(kept)).toBeNull();
    expect(Object.entries(kept)).toEqual([
      ["__proto__", "x"],
      ["constructor", "y"],
    ]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(report.fields.filter((field) => field.outcome === "unmapped").map((field) => field.field)).toEqual(
      ["column 14", "column 15"],
    );
    expect(report.rows).toEqual({ total: 1, converted: 1, invalid: 0, skipped: 0 });
  });

  it("never reads a value under an empty header cell or beyond the header: the row is invalid or skipped", async () => {
    const data = "ARG,Argentina,,,Persons convicted,Total,Total,Total,Total,2020,Counts,4,GLOTIP";
    const blank = ",,,,,,,,,,,,";
    const text = `${HEADER},,\n${data},secret-a,\n${blank},,secret-b\n${data},,,secret-c\n`;
    const { records, report } = await read(text);
    expect(report.rows).toEqual({ total: 3, converted: 0, invalid: 1, skipped: 2 });
    expect(records).toHaveLength(1);
    expect(records[0]).not.toHaveProperty("extensions");
    expect(report.invalidValues.map((value) => [value.row, value.column, value.code])).toEqual([
      [1, "column 14", "value_without_header"],
      [2, "column 15", "value_without_header"],
      [3, "column 16", "value_without_header"],
    ]);
    expect(report.skipped).toEqual([
      { row: 2, reason: "value_without_header" },
      { row: 3, reason: "value_without_header" },
    ]);
    expect(JSON.stringify(report)).not.toContain("secret");
  });

  it("passes over rows of empty cells (Excel's trailing ,,,,) as blank lines: no record invented", async () => {
    const data = "ARG,Argentina,,,Persons convicted,Total,Total,Total,Total,2020,Counts,4,GLOTIP";
    const empty = ",".repeat(12);
    const { records, report } = await read(`${HEADER}\n${empty}\n${data}\n${empty}\n  ,${empty.slice(1)}\n`);
    expect(report.rows).toEqual({ total: 1, converted: 1, invalid: 0, skipped: 0 });
    expect(records).toHaveLength(1);
  });

  it("skips a ragged CSV row with a reason, and counts it", async () => {
    const { report } = await read(`${HEADER}\nARG,Argentina\n`);
    expect(report.rows).toEqual({ total: 1, converted: 0, invalid: 0, skipped: 1 });
    expect(report.skipped).toEqual([{ row: 1, reason: "csv_row_length" }]);
  });

  it("restores a cell that was neutralised against formula injection", async () => {
    const records = (
      await read(
        `${HEADER}\nARG,'=HYPERLINK(1),,,Persons convicted,Total,Total,Total,Total,2020,Counts,4,GLOTIP\n`,
      )
    ).records;
    expect(records[0]?.sourceLabels?.area).toBe("=HYPERLINK(1)");
    expect(writeGlotipCsv(records).text).toContain(",'=HYPERLINK(1),");
  });

  it.each([
    ["no input", "", "empty_input"],
    ["no header among the first rows", "a,b\n".repeat(25), "missing_header_row"],
    ["a repeated column", `${HEADER},Year\n`, "duplicate_column"],
  ])("refuses %s with a located input error", async (_name, text, code) => {
    const error = await read(text).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConvertInputError);
    expect((error as ConvertInputError).code).toBe(code);
  });
});

describe("GLOTIP workbooks", () => {
  /** A workbook like the export: banner rows, header on row 3, text values, the year as a number. */
  async function workbook(): Promise<Uint8Array> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("data_glotip_1");
    sheet.addRow(["UNODC", { formula: 'HYPERLINK("mailto:a@example.org","a@example.org")', result: "a" }]);
    sheet.addRow(["01/01/2025"]);
    sheet.addRow(HEADER.split(","));
    sheet.addRow(
      ["TTO", "Trinidad and Tobago", "Americas", "Caribbean", "Persons convicted", "Total", "Total"].concat([
        "Female",
        "Total",
        2021 as unknown as string,
        "Counts",
        "<5",
        "GLOTIP",
      ]),
    );
    // Rich text, and a row whose trailing cells are left out (no Source).
    sheet.addRow([
      "ARG",
      { richText: [{ text: "Argen" }, { text: "tina" }] },
      "Americas",
      "South America",
      "Offences of trafficking in persons",
      "Total",
      "Total",
      "Total",
      "Total",
      2019,
      "Counts",
      "31",
    ]);
    return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
  }

  it("reads the first sheet below its banner, and writes the rows back with the year as a number", async () => {
    const { records, report } = await read(await workbook(), "xlsx");
    expect(report.rows).toEqual({ total: 2, converted: 2, invalid: 0, skipped: 0 });
    // The report names the sheet read by its position; a CSV's report names none.
    expect(report.sheet).toBe(1);
    expect((await read(EXPORT)).report).not.toHaveProperty("sheet");
    expect(records[0]).toMatchObject({
      indicator: "persons_convicted",
      sex: "female",
      suppressed: { below: 5 },
    });
    expect(records[1]).toMatchObject({ indicator: "offences", country: "AR", year: 2019, value: 31 });
    expect(records[1]).not.toHaveProperty("source");

    const written = await writeGlotipXlsx(records);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(written.bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADER.split(",")]);
    expect(sheet.getRow(2).getCell(10).value).toBe(2021);
    expect(sheet.getRow(2).getCell(12).value).toBe("<5");
    expect(sheet.getRow(3).getCell(2).value).toBe("Argentina");
  });
});
