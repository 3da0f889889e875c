// UNODC's GLOTIP data export: two banner rows, header on row 3, text values, `<5` for small counts, and a
// workbook that references a drawing part it does not hold.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readJson, readNdjson, runTip } from "../helpers.mjs";

export const file = "unodc-glotip-2025/data_glotip.xlsx";

const convertPackage = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "packages", "convert");

export function check(path, tmp, test) {
  const ndjson = join(tmp, "glotip.ndjson");
  const reportPath = join(tmp, "glotip.report.json");

  test("tip convert --from glotip reads all 58,769 rows, 29,558 of them as suppressed <5", () => {
    const run = runTip([
      "convert",
      "--from",
      "glotip",
      "--to",
      "tip",
      path,
      "-o",
      ndjson,
      "--report",
      reportPath,
    ]);
    assert.equal(run.code, 0, run.stderr);
    const { rows, invalidValues } = readJson(reportPath).read;
    assert.deepEqual(rows, { total: 58_769, converted: 58_769, invalid: 0, skipped: 0 });
    assert.deepEqual(invalidValues, []);
    const records = readNdjson(ndjson);
    assert.equal(records.length, 58_769);
    assert.equal(records.filter((record) => record.suppressed?.below === 5).length, 29_558);
  });

  test("GLOTIP -> canonical -> GLOTIP writes every cell back unchanged (CSV and xlsx)", () => {
    // The cell-by-cell comparison reads the workbook with exceljs, apart from the project's own reader.
    const run = spawnSync("npx", ["vitest", "run", "--config", "vitest.real-data.config.ts"], {
      cwd: convertPackage,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  });
}
