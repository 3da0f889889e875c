// IOM's CTDC data dictionary (2021): every code of its lookups is read by the CTDC reader.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readJson, readNdjson, runTip } from "../helpers.mjs";

export const file = "ctdc-kanon-2021-dictionary/ctdc_kanon_dictionary_20210825.xlsx";

/** Withdrawn codes with several successors: no single country can be read from them. */
const SEVERAL_SUCCESSORS = new Set(["AN"]);

/** The codes of each lookup of the `Lookups` sheet: a title in column A, then codes in column B. */
async function lookups(path) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.worksheets.find((candidate) => candidate.name.trim() === "Lookups");
  assert.ok(sheet, "the dictionary has a Lookups sheet");
  const lists = new Map();
  let current;
  sheet.eachRow((row) => {
    const title = row.getCell(1).text.trim();
    if (title !== "") {
      current = title;
      lists.set(current, []);
      return;
    }
    const code = row.getCell(2).text.trim();
    if (current !== undefined && code !== "") lists.get(current).push(code);
  });
  return lists;
}

export async function check(path, tmp, test) {
  const lists = await lookups(path);
  const listOf = (prefix) => [...lists].find(([title]) => title.toLowerCase().startsWith(prefix))?.[1] ?? [];
  const countries = listOf("country");
  const genders = listOf("gender");
  const bands = listOf("age range");
  const majority = listOf("age category");
  assert.ok(countries.length > 200 && genders.length >= 3 && bands.length === 9, "lookups found");

  test("every country code of the dictionary is read (00 as XX), but those with several successors", () => {
    const csv = join(tmp, "dictionary-countries.csv");
    writeFileSync(csv, `citizenship\n${countries.join("\n")}\n`);
    const out = join(tmp, "dictionary-countries.ndjson");
    const reportPath = join(tmp, "dictionary-countries.report.json");
    runTip(["convert", "--from", "ctdc", "--to", "tip", csv, "-o", out, "--report", reportPath]);
    const victims = readNdjson(out);
    const unread = countries.filter((_code, index) => victims[index]?.citizenships === undefined);
    assert.deepEqual(
      unread.filter((code) => !SEVERAL_SUCCESSORS.has(code)),
      [],
    );
    assert.equal(victims[countries.indexOf("00")]?.citizenships?.[0], "XX");
    const invalid = readJson(reportPath).read.invalidValues.length;
    assert.equal(invalid, unread.length, "every unread code is reported");
  });

  test("every gender, age band and majority value is read; Unknown as missing or unknown", () => {
    const width = Math.max(genders.length, bands.length, majority.length);
    const cell = (list, index) => list[index] ?? "";
    const lines = Array.from({ length: width }, (_, i) =>
      [cell(genders, i), cell(bands, i), cell(majority, i)].join(","),
    );
    const csv = join(tmp, "dictionary-values.csv");
    writeFileSync(csv, `gender,ageBroad,majorityStatus\n${lines.join("\n")}\n`);
    const reportPath = join(tmp, "dictionary-values.report.json");
    const run = runTip([
      "convert",
      "--from",
      "ctdc",
      "--to",
      "tip",
      csv,
      "-o",
      join(tmp, "values.ndjson"),
      "--report",
      reportPath,
    ]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(readJson(reportPath).read.invalidValues, []);
  });
}
