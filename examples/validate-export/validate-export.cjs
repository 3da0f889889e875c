// The CommonJS flavour of validate-export.mjs: the same packages loaded with require(), validating from a Node
// readable stream instead of a path, with the report in Portuguese.
const assert = require("node:assert/strict");
const { Readable } = require("node:stream");
const { generateRecords, generate } = require("@tip/testkit");
const { formatTextReport, validateStream } = require("@tip/validate");

async function main() {
  const options = { seed: 7, count: 80, country: "BR", errorRate: 0.1 };
  // Stream the records straight from the generator into the validator: nothing is held in memory.
  const lines = Readable.from(
    (function* () {
      for (const record of generateRecords(options)) yield `${JSON.stringify(record)}\n`;
    })(),
  );
  const summary = await validateStream(lines, { format: "ndjson", lang: "pt", file: "export-br.ndjson" });
  console.log(formatTextReport(summary, { lang: "pt", maxLocations: 1 }));

  const expected = generate(options);
  assert.equal(summary.total, expected.records.length);
  assert.equal(summary.invalid, expected.invalid.size);
  for (const error of expected.invalid.values()) {
    assert.ok(summary.byCode[error.code] > 0, `expected ${error.code} to be reported`);
  }
  console.log(`CJS: found all ${expected.invalid.size} planted mistakes in ${summary.total} records`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
