// The CommonJS flavour of convert-htcds.mjs: HTCDS CSV instead of Excel, loaded with require().
const assert = require("node:assert/strict");
const { readHtcds, writeHtcdsCsv } = require("@tip/convert");
const { generate } = require("@tip/testkit");

async function main() {
  const { records } = generate({ seed: 12, count: 15, country: "TT" });
  const { text } = writeHtcdsCsv(records);
  const { records: canonical, report } = await readHtcds(text, { format: "csv", country: "TT" });
  const { rows } = report;
  console.log(
    `${report.from} -> ${report.to}: ${rows.total} rows, ${rows.converted} converted, ` +
      `${rows.invalid} invalid, ${rows.skipped} skipped; ${canonical.length} records`,
  );
  assert.equal(rows.total, 15);
  assert.equal(rows.converted + rows.invalid + rows.skipped, rows.total);
  assert.equal(canonical.filter((record) => record.recordType === "victim").length, 15);
  console.log("CJS: HTCDS CSV converted");
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
