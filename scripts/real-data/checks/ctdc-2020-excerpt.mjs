// The raw CTDC 2020 global file (excerpt): terms-of-use first column, -99, `00`, hotline rows.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { readCsv, readJson, readNdjson, runTip } from "../helpers.mjs";

export const file = "ctdc-global-2020-excerpt/ctdc-global-2020-excerpt.csv";

/** The records of a conversion with their ids left out (ids are seeded by the file name). */
function withoutIds(path) {
  return readNdjson(path).map(({ id, ...rest }) => rest);
}

export async function check(path, tmp, test) {
  const rows = readCsv(path);
  const ndjson = join(tmp, "excerpt.ndjson");
  const reportPath = join(tmp, "excerpt.report.json");

  test("converts every row, reads every value, and leaves the terms-of-use column out quietly", () => {
    const run = runTip([
      "convert",
      "--from",
      "ctdc",
      "--to",
      "tip",
      path,
      "-o",
      ndjson,
      "--report",
      reportPath,
    ]);
    assert.equal(run.code, 0, run.stderr);
    const report = readJson(reportPath).read;
    assert.equal(report.rows.converted, rows.length);
    assert.deepEqual(report.invalidValues, []);
    assert.ok(
      !report.fields.some((entry) => /terms of use/i.test(entry.field)),
      "terms-of-use column reported",
    );
  });

  test("reads the unknown country 00 as XX and CTDC's -99 as missing", () => {
    const victims = readNdjson(ndjson);
    const unknown = rows.filter((row) => row.citizenship === "00").length;
    const missing = rows.filter((row) => row.citizenship === "-99" || row.citizenship === "").length;
    assert.equal(victims.filter((victim) => victim.citizenships?.[0] === "XX").length, unknown);
    assert.equal(victims.filter((victim) => victim.citizenships === undefined).length, missing);
  });

  test("gives every victim with an age band or majority status an age group", () => {
    const run = runTip(["stats", ndjson, "--by", "age_group", "--min-cell", "1", "--format", "json"]);
    const table = JSON.parse(run.stdout);
    const told = (row) =>
      (row.ageBroad !== "-99" && row.ageBroad !== "") ||
      row.majorityStatus === "Adult" ||
      row.majorityStatus === "Minor";
    const unknown = table.cells.find((cell) => cell.age_group === "unknown")?.count ?? 0;
    assert.equal(unknown, rows.filter((row) => !told(row)).length);
  });

  // The same rows saved as Excel would: a workbook, and a Spanish-locale CSV (semicolons, Windows-1252, CRLF).
  const cells = parse(readFileSync(path), { bom: true });
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Sheet1");
  for (const row of cells) sheet.addRow(row);
  mkdirSync(join(tmp, "xlsx"));
  const workbook = join(tmp, "xlsx", "excerpt.xlsx");
  await book.xlsx.writeFile(workbook);
  const spanish = join(tmp, "excerpt-es.csv");
  writeFileSync(
    spanish,
    iconv.encode(stringify(cells, { delimiter: ";", record_delimiter: "\r\n" }), "win1252"),
  );

  for (const [name, copy, extra] of [
    ["an .xlsx saved from it", workbook, []],
    ["a semicolon, Windows-1252 copy as a Spanish Excel saves it", spanish, ["--encoding", "windows-1252"]],
  ]) {
    test(`converts identically from ${name}`, () => {
      const out = join(tmp, `copy-${extra.length}.ndjson`);
      const run = runTip(["convert", "--from", "ctdc", "--to", "tip", copy, "-o", out, ...extra]);
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(withoutIds(out), withoutIds(ndjson));
    });
  }
}
