#!/usr/bin/env node
// The demo, run by `npm run demo` after the build: the `tip` command on a synthetic national export of a
// Caribbean OAS member state (Trinidad and Tobago), from generation to validation, statistics and an
// anonymised extract. The language is chosen as `tip` chooses it: `npm run demo -- --lang es` (or fr, pt), else
// LC_ALL, LC_MESSAGES or LANG, else English; it switches every step and the demo's own lines (from the CLI's
// catalogue, section `demo`).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { detectLang, messagesFor } from "../packages/cli/dist/public-api.js";

const args = process.argv.slice(2);
const lang = detectLang(args, process.env);
const messages = await messagesFor(lang);
const texts = messages.demo;
/** A line of the demo in its language; counts take the language's plural and digit grouping. */
const say = (template, params = {}) => messages.format(template, params);
const langIndex = args.indexOf("--lang");
if (langIndex >= 0 && args[langIndex + 1] !== lang) {
  console.error(say(texts.unknownLang, { value: args[langIndex + 1] ?? "" }));
  process.exit(2);
}
/** `tip` picks its language from --lang, else from the locale variables: set LANG alone so every step agrees. */
const LOCALE_ENV = { en: "en_US.UTF-8", es: "es_ES.UTF-8", fr: "fr_FR.UTF-8", pt: "pt_BR.UTF-8" };
const childEnv = { ...process.env, NO_COLOR: "1", LANG: LOCALE_ENV[lang] };
delete childEnv.LC_ALL;
delete childEnv.LC_MESSAGES;
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
    env: childEnv,
  });
  if (!expect.includes(result.status ?? -1)) {
    console.error(`\n${say(texts.stopped, { command: tipArgs[0], code: String(result.status) })}`);
    process.exit(1);
  }
  return result.status;
}

const VICTIMS = 2000;
const ERROR_RATE = 0.03;
step(say(texts.steps.synth, { victims: VICTIMS, share: ERROR_RATE }), [
  "synth",
  "--count",
  String(VICTIMS),
  "--seed",
  "2024",
  "--country",
  "TT",
  "--error-rate",
  String(ERROR_RATE),
  "-o",
  file("national-export.ndjson"),
]);
// Statistics and extracts are made from the records that passed: --valid-only keeps them in a file.
step(
  say(texts.steps.validate),
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

step(say(texts.steps.stats), ["stats", file("valid-records.ndjson"), "--preset", "glotip", "--lang", lang]);
writeFileSync(
  file("pseudonymisation.key"),
  "demo key: keep real keys apart from the data, never in a repository\n",
);
step(
  say(texts.steps.anonymize, { k: 11 }),
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
console.log(`\n${say(texts.firstVictim)}\n${first}`);

// Standards in and out, through the canonical model. A small slice keeps the spreadsheet quick to write.
writeFileSync(file("slice.ndjson"), `${lines.slice(0, 400).join("\n")}\n`);
step(
  say(texts.steps.toHtcds),
  ["convert", file("slice.ndjson"), "--to", "htcds", "-o", file("ngo-htcds.xlsx")],
  { expect: [0, 1] },
);
step(
  say(texts.steps.fromHtcds),
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
  say(texts.steps.fromCtdc),
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
  say(texts.steps.toCtdc),
  ["convert", file("slice.ndjson"), "--to", "ctdc", "-o", file("ctdc-2024.csv")],
  { expect: [0, 1] },
);
console.log(`\n${say(texts.wroteTo, { dir: out })}`);
