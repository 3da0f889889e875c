#!/usr/bin/env node
// The privacy part of the demo: a GLOTIP table with suppressed cells and an anonymised extract of a synthetic
// national export. Run after `npm run build -w @tip/privacy` (the root demo builds it):
//   node packages/privacy/scripts/demo.mjs [--lang es] [--count 2000]
import { aggregate, anonymize, STATS_PRESETS, toStatsText } from "@tip/privacy";
import { LOCALES } from "@tip/schema";
import { generate } from "@tip/testkit";

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const lang = option("--lang", "en");
if (!LOCALES.includes(lang)) {
  console.error(`Unknown language "${lang}". Use one of: ${LOCALES.join(", ")}`);
  process.exit(2);
}
const count = Number(option("--count", "2000"));
const { [lang]: texts } = await import(`@tip/privacy/locales/${lang}`);
const { [lang]: bundle } = await import(`@tip/schema/locales/${lang}`);

const { records } = generate({ seed: 2024, count, country: "TT", errorRate: 0.03 });
console.log(toStatsText(aggregate(records, STATS_PRESETS.glotip), { texts, bundle }));
console.log(toStatsText(aggregate(records, STATS_PRESETS["glotip-persons"]), { texts, bundle }));

// A throwaway key: a real one is 32 random bytes kept apart from the data.
const key = crypto.getRandomValues(new Uint8Array(32));
const { records: extract, report } = await anonymize(records, { key });
const { suppression } = report;
console.log(
  `Anonymised extract: ${report.recordsOut} of ${report.recordsIn} records; quasi identifiers ${suppression.quasi.join(", ")}; ` +
    `k = ${suppression.k}; ${suppression.totalSuppressedValues} values suppressed ` +
    `(${(suppression.suppressedShare * 100).toFixed(1)} %), ${suppression.suppressedRecords} records suppressed.`,
);
for (const victim of extract.filter((record) => record.recordType === "victim").slice(0, 2)) {
  console.log(JSON.stringify(victim));
}
