// dados_app.csv: an analyst's pandas re-export of CTDC's 2020 global data set (0.0/1.0 flags, `0` for `00`).
import assert from "node:assert/strict";
import { join } from "node:path";
import { countBy, readCsv, readJson, readNdjson, runTip } from "../helpers.mjs";

/** CTDC's child age bands, as the source writes them. */
const CHILD_BANDS = new Set(["0--8", "9--17"]);
const SEX = { Female: "female", Male: "male" };

/** The age group the source itself says: child bands, other bands adult, an empty band unknown. */
const ageGroupOf = (band) => (band === "" ? "unknown" : CHILD_BANDS.has(band) ? "child" : "adult");
const isZero = (cell) => cell === "0" || cell === "0.0";

export const file = "ctdc-global-2020-pandas-reexport/dados_app.csv";

export function check(path, tmp, test) {
  const rows = readCsv(path);
  const ndjson = join(tmp, "dados.ndjson");
  const reportPath = join(tmp, "dados.report.json");

  test("converts every row, with no value left unread", () => {
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
    assert.equal(report.rows.total, rows.length);
    assert.equal(report.rows.converted, rows.length);
    assert.deepEqual(report.invalidValues, []);
  });

  test("reads the `0` / `0.0` countries as unknown (XX), and the report counts them per column", () => {
    const report = readJson(reportPath).read;
    const victims = readNdjson(ndjson);
    for (const [column, field, countryOf] of [
      ["citizenship", "citizenship", (victim) => victim.citizenships?.[0]],
      [
        "CountryOfExploitation",
        "CountryOfExploitation",
        (victim) => victim.exploitation?.countriesOfExploitation?.[0],
      ],
    ]) {
      const zeros = rows.filter((row) => isZero(row[column])).length;
      const unknown = rows.filter((row) => isZero(row[column]) || row[column] === "00").length;
      assert.ok(zeros > 0, `${column}: the source has 0 cells`);
      const note = report.fields.find((entry) => entry.field === field)?.note ?? "";
      assert.match(note, new RegExp(`\\b${zeros} cells 0 or 0\\.0`), `${column}: report note`);
      assert.equal(
        victims.filter((victim) => countryOf(victim) === "XX").length,
        unknown,
        `${column}: XX count`,
      );
    }
  });

  test("tip stats by sex and age group equals the source's own counts (child = 0--8, 9--17)", () => {
    const expected = countBy(rows, (row) => `${SEX[row.gender] ?? "unknown"}|${ageGroupOf(row.ageBroad)}`);
    const run = runTip(["stats", ndjson, "--by", "sex,age_group", "--min-cell", "1", "--format", "json"]);
    assert.equal(run.code, 0, run.stderr);
    const table = JSON.parse(run.stdout);
    assert.equal(table.total, rows.length);
    for (const cell of table.cells) {
      if (cell.sex === "total" || cell.age_group === "total") continue;
      assert.equal(
        cell.count,
        expected.get(`${cell.sex}|${cell.age_group}`) ?? 0,
        `${cell.sex} × ${cell.age_group}`,
      );
    }
    const femaleChildren = rows.filter(
      (row) => row.gender === "Female" && CHILD_BANDS.has(row.ageBroad),
    ).length;
    const girls = table.cells.find((cell) => cell.sex === "female" && cell.age_group === "child");
    assert.equal(girls?.count, femaleChildren, "female victims with a child age band");
    console.log(`    female victims with a child age band: ${femaleChildren}`);
  });

  test("counts unknown age only where the age band is empty, and says why", () => {
    const empty = rows.filter((row) => row.ageBroad === "").length;
    const run = runTip(["stats", ndjson, "--by", "age_group", "--min-cell", "1", "--format", "json"]);
    const table = JSON.parse(run.stdout);
    assert.equal(table.cells.find((cell) => cell.age_group === "unknown")?.count, empty);
    assert.deepEqual(table.classification.age_group.unclassified, { not_recorded: empty });
    assert.equal(table.classification.age_group.derived.from_age_band, rows.length - empty);
  });

  test("the GLOTIP preset counts every victim once in its total", () => {
    const run = runTip(["stats", ndjson, "--preset", "glotip", "--format", "json"]);
    assert.equal(run.code, 0, run.stderr);
    const table = JSON.parse(run.stdout);
    assert.equal(table.total, rows.length);
    const girlsSexual = rows.filter(
      (row) => row.gender === "Female" && CHILD_BANDS.has(row.ageBroad) && row.isSexualExploit === "1.0",
    ).length;
    const cell = table.cells.find(
      (c) => c.glotip_group === "girls" && c.glotip_form === "sexual_exploitation",
    );
    assert.equal(cell?.count, girlsSexual, "girls in sexual exploitation");
  });
}
