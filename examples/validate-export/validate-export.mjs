// Validates a national export the way a data steward would: write a synthetic NDJSON file (a few records made
// invalid on purpose), stream it through @tip/validate, print the report in Spanish, and check that every
// planted mistake was found where it was planted. Exits non-zero if anything is off.
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "@tip/testkit";
import { formatTextReport, loadMessages, toJsonReport, validateStream } from "@tip/validate";

const dir = await mkdtemp(join(tmpdir(), "tip-validate-export-"));
try {
  // 1. A clean export: every record valid, references between records resolved.
  const clean = generate({ seed: 2024, count: 120, country: "CO" });
  const cleanFile = join(dir, "export-co-clean.ndjson");
  await writeFile(cleanFile, toNdjson(clean.records));
  const cleanSummary = await validateStream(cleanFile, { format: "ndjson", file: "export-co-clean.ndjson" });
  console.log(`clean export: ${cleanSummary.total} records, ${cleanSummary.invalid} invalid`);
  assert.equal(cleanSummary.total, clean.records.length);
  assert.equal(cleanSummary.invalid, 0, formatTextReport(cleanSummary));
  assert.equal(cleanSummary.errors, 0);

  // 2. The same country with 10% of victim records made invalid, validated with messages in Spanish.
  const faulty = generate({ seed: 2024, count: 120, country: "CO", errorRate: 0.1 });
  const faultyFile = join(dir, "export-co.ndjson");
  await writeFile(faultyFile, toNdjson(faulty.records));
  const summary = await validateStream(faultyFile, {
    format: "ndjson",
    lang: "es",
    file: "export-co.ndjson",
  });
  console.log(formatTextReport(summary, { locale: await loadMessages("es"), maxLocations: 2 }));

  assert.equal(summary.total, faulty.records.length);
  assert.equal(summary.valid + summary.invalid + summary.skipped, summary.total);
  assert.ok(faulty.invalid.size > 0, "the generator planted no mistake");
  assert.equal(summary.invalid, faulty.invalid.size);
  // Each planted mistake is reported on its record's line, at its JSON Pointer, with its issue code.
  const lineOf = new Map(faulty.records.map((record, index) => [record.id, index + 1]));
  for (const [id, error] of faulty.invalid) {
    const line = lineOf.get(id);
    const found = summary.issues.some(
      (issue) => issue.line === line && issue.code === error.code && issue.path === error.path,
    );
    assert.ok(found, `${error.kind}: expected ${error.code} at line ${line} ${error.path}`);
  }
  // The JSON report (what `tip validate --format json` prints) has the same counts.
  const report = toJsonReport(summary);
  assert.equal(report.invalid, summary.invalid);
  console.log(`ESM: found all ${faulty.invalid.size} planted mistakes in ${summary.total} records`);
} finally {
  await rm(dir, { recursive: true, force: true });
}

function toNdjson(records) {
  return `${records.map((record) => JSON.stringify(record)).join("\n")}\n`;
}
