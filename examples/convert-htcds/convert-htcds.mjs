// Converts an HTCDS 2.0 spreadsheet (the IOM Excel template) into canonical TIP records and prints what the
// conversion did. The spreadsheet is synthetic: @tip/testkit makes the records and @tip/convert's writer fills a
// copy of the official template with them, as a counter-trafficking unit would. Exits non-zero if anything is off.
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readHtcds } from "@tip/convert";
// Writing workbooks is in its own entry point, with the optional peer dependency exceljs installed beside it.
import { writeHtcdsXlsx } from "@tip/convert/xlsx";
import { generate } from "@tip/testkit";

const VICTIMS = 25;
const dir = await mkdtemp(join(tmpdir(), "tip-convert-htcds-"));
try {
  // 1. Make the spreadsheet: one template row per victim.
  const { records } = generate({ seed: 11, count: VICTIMS, country: "MX" });
  const { bytes } = await writeHtcdsXlsx(records);
  const file = join(dir, "htcds-mx.xlsx");
  await writeFile(file, bytes);
  console.log(`wrote ${file} (${bytes.byteLength} bytes, ${VICTIMS} rows)`);

  // 2. Read it back as any HTCDS workbook would be read.
  const { records: canonical, report } = await readHtcds(await readFile(file), {
    format: "xlsx",
    country: "MX",
  });
  printReport(report, canonical);

  const { rows } = report;
  assert.equal(rows.total, VICTIMS, "one row per victim");
  assert.equal(rows.converted + rows.invalid + rows.skipped, rows.total);
  assert.equal(rows.skipped, 0);
  assert.equal(countByType(canonical).victim, VICTIMS);
  assert.ok(rows.converted > 0, "no row converted");
  assert.ok(
    report.fields.some((field) => field.outcome === "mapped"),
    "no mapped column",
  );
  console.log("ESM: HTCDS spreadsheet converted");
} finally {
  await rm(dir, { recursive: true, force: true });
}

function countByType(records) {
  const counts = {};
  for (const { recordType } of records) counts[recordType] = (counts[recordType] ?? 0) + 1;
  return counts;
}

function printReport(report, records) {
  const { rows } = report;
  console.log(`${report.from} -> ${report.to}`);
  console.log(
    `rows: ${rows.total} total, ${rows.converted} converted, ${rows.invalid} invalid, ${rows.skipped} skipped`,
  );
  const outcomes = {};
  for (const { outcome } of report.fields) outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  console.log(`columns: ${JSON.stringify(outcomes)}`);
  console.log(`records: ${JSON.stringify(countByType(records))}`);
  console.log(
    `unreadable values: ${report.invalidValues.length}, validation issues: ${report.issues.length}`,
  );
  for (const issue of report.issues.slice(0, 5))
    console.log(`  row ${issue.row} ${issue.path}: ${issue.severity} ${issue.code}`);
}
