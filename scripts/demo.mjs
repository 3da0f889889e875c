#!/usr/bin/env node
// The demo, run by `npm run demo` after the build: the `tip` command on a synthetic national export of a
// Caribbean OAS member state (Trinidad and Tobago), from generation to validation, statistics and an
// anonymised extract. `npm run demo -- --lang es` (or fr, pt) switches the language of every step.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const args = process.argv.slice(2);
const langIndex = args.indexOf("--lang");
const lang = langIndex >= 0 ? (args[langIndex + 1] ?? "") : "en";
if (!["en", "es", "fr", "pt"].includes(lang)) {
  console.error(`Unknown language "${lang}": use en, es, fr or pt`);
  process.exit(2);
}
/** `tip` picks its language from --lang, else from LANG: set both so every step speaks the same language. */
const LOCALE_ENV = { en: "en_US.UTF-8", es: "es_ES.UTF-8", fr: "fr_FR.UTF-8", pt: "pt_BR.UTF-8" };
const root = join(import.meta.dirname, "..");
const out = join(root, "demo-output");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const file = (name) => join(out, name);
const tip = join(root, "packages", "cli", "bin", "tip.js");

/** Runs `tip` with the given arguments, showing its output; returns its exit code. */
function step(title, tipArgs, { expect = [0] } = {}) {
  console.log(
    `\n━━ ${title}\n$ tip ${tipArgs.map((a) => (a.startsWith(out) ? a.slice(root.length + 1) : a)).join(" ")}\n`,
  );
  const result = spawnSync(process.execPath, [tip, ...tipArgs], {
    stdio: "inherit",
    env: { ...process.env, NO_COLOR: "1", LANG: LOCALE_ENV[lang] },
  });
  if (!expect.includes(result.status ?? -1)) {
    console.error(`\nthe demo stopped: tip ${tipArgs[0]} exited with ${result.status}`);
    process.exit(1);
  }
  return result.status;
}

step(
  "1. A synthetic national export: 2,000 victims with their cases, perpetrators, agencies and referrals (3% with deliberate mistakes)",
  [
    "synth",
    "--count",
    "2000",
    "--seed",
    "2024",
    "--country",
    "TT",
    "--error-rate",
    "0.03",
    "-o",
    file("national-export.ndjson"),
  ],
);
// Statistics and extracts are made from the records that passed: --valid-only keeps them in a file.
step(
  "2. Validate it before sending, keeping the valid records (exit code 1: some records are invalid, as planted)",
  [
    "validate",
    file("national-export.ndjson"),
    "--lang",
    lang,
    "--max-issues",
    "200",
    "--valid-only",
    file("valid-records.ndjson"),
  ],
  { expect: [0, 1] },
);
const lines = readFileSync(file("valid-records.ndjson"), "utf8").split("\n").filter(Boolean);

step(
  "3. GLOTIP table: victims by women / girls / men / boys and form of exploitation; small cells suppressed",
  ["stats", file("valid-records.ndjson"), "--preset", "glotip", "--lang", lang],
);
writeFileSync(
  file("pseudonymisation.key"),
  "demo key: keep real keys apart from the data, never in a repository\n",
);
step(
  "4. An anonymised extract for research: redacted, generalised, k-anonymous (k = 11), pseudonymised",
  [
    "anonymize",
    file("valid-records.ndjson"),
    "--key-file",
    file("pseudonymisation.key"),
    "-o",
    file("anonymised-extract.ndjson"),
    "--lang",
    lang,
  ],
  { expect: [0, 1] },
);
const first = readFileSync(file("anonymised-extract.ndjson"), "utf8")
  .split("\n")
  .find((line) => line.includes('"recordType":"victim"'));
console.log(`\nfirst victim of the extract:\n${first}`);

// Standards in and out, through the canonical model. A small slice keeps the spreadsheet quick to write.
writeFileSync(file("slice.ndjson"), `${lines.slice(0, 400).join("\n")}\n`);
step(
  "5. An NGO's HTCDS 2.0 spreadsheet, written on the official Excel template",
  ["convert", file("slice.ndjson"), "--to", "htcds", "-o", file("ngo-htcds.xlsx")],
  { expect: [0, 1] },
);
step(
  "6. The HTCDS spreadsheet coming in: every row accounted for, the report says what was mapped, lossy or invalid",
  [
    "convert",
    file("ngo-htcds.xlsx"),
    "--from",
    "htcds",
    "--to",
    "tip",
    "-o",
    file("from-htcds.ndjson"),
    "--report",
    file("htcds-report.json"),
  ],
  { expect: [0, 1] },
);
step(
  "7. A CTDC file (2017-2021 global shape: -99, 00, NA for Namibia, cut column names) coming in",
  [
    "convert",
    join(root, "samples", "ctdc-global-2017-2021-sample.csv"),
    "--from",
    "ctdc",
    "--to",
    "tip",
    "-o",
    file("from-ctdc.ndjson"),
    "--report",
    file("ctdc-report.json"),
  ],
  { expect: [0, 1] },
);
console.log(readFileSync(file("from-ctdc.ndjson"), "utf8").split("\n")[0]);
step(
  "8. Contributing to CTDC: the national victims in the 2024 synthetic-data shape",
  ["convert", file("slice.ndjson"), "--to", "ctdc", "-o", file("ctdc-2024.csv")],
  { expect: [0, 1] },
);
console.log(`\nEverything the demo wrote is in ${out}`);
