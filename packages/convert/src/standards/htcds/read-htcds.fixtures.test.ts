import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generate } from "@tip/testkit";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type ReadHtcdsOptions, readHtcds } from "./read-htcds.js";
import { writeHtcdsCsv } from "./write-htcds-csv.js";
import { writeHtcdsXlsx } from "./write-htcds-xlsx.js";

const UPDATE = process.env.UPDATE_FIXTURES === "1";
const fixtures = new URL("./fixtures/", import.meta.url);
const path = (...parts: string[]) => fileURLToPath(new URL(parts.join("/"), fixtures));

/** Every cell value of every sheet, to compare workbooks whatever their zip bytes (timestamps differ). */
async function cellsOf(bytes: Uint8Array): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never, { ignoreNodes: ["dataValidations"] });
  const cells: unknown[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row, r) => row.eachCell((cell, c) => cells.push([sheet.name, r, c, cell.value])));
  }
  return JSON.parse(JSON.stringify(cells));
}

/** The official template filled with synthetic rows from @tip/testkit, by the writer. */
async function filledTemplate(): Promise<Uint8Array> {
  return (await writeHtcdsXlsx(generate({ seed: 11, count: 25, country: "TT" }).records)).bytes;
}

/** A workbook with the troubles real files have: a sheet before the data, formulas, serial and real dates. */
async function badValuesWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date("2024-01-01T00:00:00Z");
  workbook.modified = workbook.created;
  workbook.addWorksheet("Read me").getCell("A1").value = "Cases are on the next sheet.";
  const sheet = workbook.addWorksheet("Cases");
  const names = ["prs_FirstName", "prs_SecondName", "prs_Birthdate", "prs_Gender", "vic_AgeWhenTrafficked"];
  sheet.addRow([
    ...names,
    "cas_IncomingReferralDate",
    "cas_ReferringOrganisation",
    "con_Consent",
    "vic_TypeOfExploitation",
  ]);
  sheet.addRow([
    { formula: 'CONCATENATE("Ka","ri")', result: "Kari" },
    "Mock",
    32874,
    "Feminine",
    { formula: "20+5", result: 25 },
    new Date("2021-03-04T00:00:00Z"),
    "Shelter Mu",
    true,
    "ForcedLabour",
  ]);
  sheet.addRow([
    "Lev",
    { error: "#N/A" },
    "1980-07-15",
    "Martian",
    "twelve",
    "4/3/2021",
    "Shelter Mu",
    "maybe",
    "Forced labour;Bogus",
  ]);
  sheet.addRow(["Mia", { formula: "A3&B3" }, 0, "Masculine", 31, 60, "", "FALSE", "Sexual exploitation"]);
  sheet.addRow([null, null, null, null, null, null, null, null, null]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const BUILT: Record<string, () => Promise<Uint8Array>> = {
  "template-filled": filledTemplate,
  "xlsx-bad-values": badValuesWorkbook,
};

/** String values of the records' personal fields, which a report must never contain. */
function personalStrings(records: readonly unknown[]): string[] {
  const out = new Set<string>();
  const walk = (value: unknown, key: string): void => {
    if (typeof value === "string") {
      if (
        value.length >= 5 &&
        !/^(id|victimId|caseId|agencyId|recordType)$/.test(key) &&
        !/^[a-z_]+$/.test(value)
      )
        out.add(value);
    } else if (Array.isArray(value)) for (const item of value) walk(item, key);
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  for (const record of records)
    if ((record as { recordType: string }).recordType !== "agency") walk(record, "");
  return [...out];
}

const cases = readdirSync(fixtures).filter((name) => existsSync(path(name, "options.json")));

describe("readHtcds fixtures (input -> expected.json)", () => {
  it.each(Object.keys(BUILT))("%s/input.xlsx is what its builder makes", async (name) => {
    const built = await (BUILT[name] as () => Promise<Uint8Array>)();
    if (UPDATE) writeFileSync(path(name, "input.xlsx"), built);
    expect(await cellsOf(readFileSync(path(name, "input.xlsx")))).toEqual(await cellsOf(built));
  });

  it.each(cases)("%s", async (name) => {
    const options = JSON.parse(readFileSync(path(name, "options.json"), "utf8")) as ReadHtcdsOptions;
    const file = readdirSync(path(name)).find((entry) => entry.startsWith("input.")) as string;
    const result = await readHtcds(readFileSync(path(name, file)), options);
    const actual = JSON.parse(JSON.stringify(result));
    if (UPDATE) writeFileSync(path(name, "expected.json"), `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(path(name, "expected.json"), "utf8")));
    const { rows } = result.report;
    expect(rows.total).toBe(rows.converted + rows.invalid + rows.skipped);
    const report = JSON.stringify(result.report);
    for (const value of personalStrings(result.records)) expect(report).not.toContain(value);
  });

  it.each(cases)("%s reads the same after writing it as HTCDS CSV", async (name) => {
    const options = JSON.parse(readFileSync(path(name, "options.json"), "utf8")) as ReadHtcdsOptions;
    const file = readdirSync(path(name)).find((entry) => entry.startsWith("input.")) as string;
    const first = await readHtcds(readFileSync(path(name, file)), options);
    const again = await readHtcds(writeHtcdsCsv(first.records).text, { ...options, format: "csv" });
    // Ids come from row numbers (or XLSForm instance ids), which a new file renumbers.
    const anonymous = (records: readonly unknown[]) =>
      JSON.parse(
        JSON.stringify(records).replace(
          /"[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"/g,
          '"id"',
        ),
      );
    expect(anonymous(again.records)).toEqual(anonymous(first.records));
  });
});
