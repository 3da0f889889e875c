// The raw CTDC 2020 global file (excerpt): terms-of-use first column, -99, `00`, hotline rows.
import assert from "node:assert/strict";
import { join } from "node:path";
import { readCsv, readJson, readNdjson, runTip } from "../helpers.mjs";

export const file = "ctdc-global-2020-excerpt/ctdc-global-2020-excerpt.csv";

export function check(path, tmp, test) {
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
}
