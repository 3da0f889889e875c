#!/usr/bin/env node
// The demo: a synthetic national export of a Caribbean OAS member state, validated against the model.
//   npm run demo                 English
//   npm run demo -- --lang es    Spanish (also fr, pt)
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkRecord, LOCALES } from "@tip/schema";
import { generate } from "@tip/testkit";

const args = process.argv.slice(2);
const langIndex = args.indexOf("--lang");
const lang = langIndex >= 0 ? args[langIndex + 1] : "en";
if (!LOCALES.includes(lang)) {
  console.error(`Unknown language "${lang}". Use one of: ${LOCALES.join(", ")}`);
  process.exit(2);
}
const { [lang]: locale } = await import(`@tip/schema/locales/${lang}`);
const HEADINGS = {
  en: [
    "Synthetic national export of",
    "records",
    "Records per type",
    "valid",
    "invalid",
    "Issues by code",
    "e.g.",
  ],
  es: [
    "Exportación nacional sintética de",
    "registros",
    "Registros por tipo",
    "válidos",
    "inválidos",
    "Problemas por código",
    "p. ej.",
  ],
  fr: [
    "Export national synthétique de",
    "enregistrements",
    "Enregistrements par type",
    "valides",
    "invalides",
    "Problèmes par code",
    "p. ex.",
  ],
  pt: [
    "Exportação nacional sintética de",
    "registros",
    "Registros por tipo",
    "válidos",
    "inválidos",
    "Problemas por código",
    "p. ex.",
  ],
}[lang];

const country = "TT";
const { records } = generate({ seed: 2024, count: 2000, country, errorRate: 0.03 });
const outDir = join(process.cwd(), "demo-output");
mkdirSync(outDir, { recursive: true });
const file = join(outDir, "national-export.ndjson");
writeFileSync(file, `${records.map((record) => JSON.stringify(record)).join("\n")}\n`);

const perType = new Map();
const perCode = new Map();
for (const [index, record] of records.entries()) {
  const result = checkRecord(record, { locale });
  const type = result.recordType ?? "?";
  const counts = perType.get(type) ?? { valid: 0, invalid: 0 };
  counts[result.ok ? "valid" : "invalid"]++;
  perType.set(type, counts);
  for (const issue of result.issues) {
    const entry = perCode.get(issue.code) ?? { severity: issue.severity, count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < 2) entry.examples.push(`line ${index + 1} ${issue.path}: ${issue.message}`);
    perCode.set(issue.code, entry);
  }
}

const countryName = locale.codes.country[country].label;
console.log(`\n${HEADINGS[0]} ${countryName}: ${records.length} ${HEADINGS[1]} (${file})\n`);
console.log(`${HEADINGS[2]}:`);
for (const [type, counts] of perType) {
  const label = locale.objects[type]?.label ?? type;
  console.log(
    `  ${label.padEnd(28)} ${String(counts.valid).padStart(6)} ${HEADINGS[3]}  ${String(counts.invalid).padStart(5)} ${HEADINGS[4]}`,
  );
}
console.log(`\n${HEADINGS[5]}:`);
for (const [code, entry] of [...perCode].sort((a, b) => b[1].count - a[1].count)) {
  console.log(`  ${code} (${entry.severity}) × ${entry.count}`);
  for (const example of entry.examples) console.log(`      ${HEADINGS[6]} ${example}`);
}
console.log("");
