#!/usr/bin/env node
// CTDC CSV -> canonical throughput, as a ratio to csv-parse's bare parse of the same file (target >= 0.6x),
// and peak RSS while streaming (memory must not grow with the file). Needs `npm run build -w @tip/convert`.
// Usage: node bench/ctdc-throughput.mjs [rows=200000] [--json]
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readCtdcStream } from "@tip/convert";
import { parse } from "csv-parse";

const rows = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 200_000);
const asJson = process.argv.includes("--json");

/** The 63 columns of the k-anonymised global data set (2017-2021), as in reference/README.md. */
const MEANS = [
  "DebtBondage",
  "TakesEarnings",
  "RestrictsFinancialAccess",
  "Threats",
  "PsychologicalAbuse",
  "PhysicalAbuse",
  "SexualAbuse",
  "FalsePromises",
  "PsychoactiveSubstances",
  "RestrictsMovement",
  "RestrictsMedicalCare",
  "ExcessiveWorkingHours",
  "UsesChildren",
  "ThreatOfLawEnforcement",
  "WithholdsNecessities",
  "WithholdsDocuments",
  "Other",
  "NotSpecified",
].map((m) => `meansOfControl${m}`);
const FORMS = [
  "isForcedLabour",
  "isSexualExploit",
  "isOtherExploit",
  "isSexAndLabour",
  "isForcedMarriage",
  "isForcedMilitary",
  "isOrganRemoval",
  "isSlaveryAndPractices",
];
const LABOUR = [
  "Agriculture",
  "Aquafarming",
  "Begging",
  "Construction",
  "DomesticWork",
  "Hospitality",
  "IllicitActivities",
  "Manufacturing",
  "MiningOrDrilling",
  "Peddling",
  "Transportation",
  "Other",
  "NotSpecified",
].map((l) => `typeOfLabour${l}`);
const SEX = ["Prostitution", "Pornography", "RemoteInteractiveServices", "PrivateSexualServices"].map(
  (s) => `typeOfSex${s}`,
);
const RELATION = ["IntimatePartner", "Friend", "Family", "Other", "Unknown"].map(
  (r) => `recruiterRelation${r}`,
);
const HEADER = [
  "yearOfRegistration",
  "Datasource",
  "gender",
  "ageBroad",
  "majorityStatus",
  "majorityStatusAtExploit",
  "majorityEntry",
  "citizenship",
  ...MEANS,
  "meansOfControlConcatenated",
  ...FORMS,
  "typeOfExploitConcatenated",
  ...LABOUR,
  "typeOfLabourConcatenated",
  ...SEX,
  "typeOfSexConcatenated",
  "isAbduction",
  "RecruiterRelationship",
  "CountryOfExploitation",
  ...RELATION,
];

/** A small seeded generator, so every run measures the same file. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** One coherent row: details only under their form, majority status agreeing with the age band. */
function rowOf(next) {
  const pick = (values) => values[Math.floor(next() * values.length)];
  const band = pick([
    "0--8",
    "9--17",
    "18--20",
    "21--23",
    "24--26",
    "27--29",
    "30--38",
    "39--47",
    "48+",
    "-99",
  ]);
  const majority = band === "-99" ? "-99" : band === "0--8" || band === "9--17" ? "Minor" : "Adult";
  const answered = next() < 0.8;
  const labour = next() < 0.45;
  const sexual = !labour || next() < 0.1;
  const flag = (applies, share) => (!answered ? "-99" : applies && next() < share ? "1" : "0");
  const cells = new Map([
    ["yearOfRegistration", String(2002 + Math.floor(next() * 20))],
    ["Datasource", pick(["Case Management", "Hotline"])],
    ["gender", pick(["Female", "Female", "Male", "-99"])],
    ["ageBroad", band],
    ["majorityStatus", majority],
    ["majorityStatusAtExploit", majority],
    ["majorityEntry", majority],
    ["citizenship", pick(["NA", "UA", "PH", "MD", "US", "ID", "00", "-99", "KH", "RO"])],
    ["CountryOfExploitation", pick(["US", "RU", "PH", "NA", "-99", "00", "UA", "TH"])],
    ["RecruiterRelationship", pick(["Friend", "Family", "-99"])],
    ["isForcedLabour", labour ? "1" : "0"],
    ["isSexualExploit", sexual ? "1" : "0"],
  ]);
  for (const column of MEANS) cells.set(column, flag(true, 0.25));
  for (const column of LABOUR) cells.set(column, flag(labour, 0.2));
  for (const column of SEX) cells.set(column, flag(sexual, 0.3));
  for (const column of [...RELATION, "isAbduction"]) cells.set(column, flag(true, 0.2));
  return HEADER.map((column) => cells.get(column) ?? (column.endsWith("Concatenated") ? "-99" : "0"));
}

/** Writes the file in batches, so generating it does not inflate the memory measured afterwards. */
function writeFile(path, count) {
  const next = random(42);
  const fd = openSync(path, "w");
  writeSync(fd, `${HEADER.join(",")}\n`);
  for (let start = 0; start < count; start += 1000) {
    const lines = [];
    for (let row = start; row < Math.min(count, start + 1000); row++)
      lines.push(`${rowOf(next).join(",")}\n`);
    writeSync(fd, lines.join(""));
  }
  closeSync(fd);
}

async function bareParse(path) {
  let count = 0;
  for await (const _ of createReadStream(path).pipe(parse())) count++;
  return count - 1;
}

async function convert(path) {
  let count = 0;
  for await (const _ of readCtdcStream(createReadStream(path), { idSeed: "bench" })) count++;
  return count;
}

async function timed(run, path) {
  const start = process.hrtime.bigint();
  const count = await run(path);
  return { count, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

async function best(run, path, repeat = 3) {
  let fastest;
  for (let i = 0; i < repeat; i++) {
    const result = await timed(run, path);
    if (!fastest || result.seconds < fastest.seconds) fastest = result;
  }
  return fastest;
}

const dir = mkdtempSync(join(tmpdir(), "tip-bench-ctdc-"));
try {
  const path = join(dir, "ctdc-global.csv");
  writeFile(path, rows);
  const bytes = statSync(path).size;
  await timed(convert, path); // warm-up: compile schemas, JIT
  const baseline = await best(bareParse, path);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const ours = await best(convert, path);
  clearInterval(sampler);
  if (ours.count !== rows || baseline.count !== rows) throw new Error("row counts differ");
  const result = {
    bench: "ctdc-csv-to-canonical",
    rows,
    fileMB: +(bytes / 2 ** 20).toFixed(1),
    baselineRowsPerSecond: Math.round(rows / baseline.seconds),
    rowsPerSecond: Math.round(rows / ours.seconds),
    ratio: +(baseline.seconds / ours.seconds).toFixed(2),
    target: 0.6,
    peakRssMB: +(peak / 2 ** 20).toFixed(0),
  };
  if (asJson) console.log(JSON.stringify(result));
  else {
    console.log(
      `CTDC CSV -> canonical: ${result.rowsPerSecond} rows/s vs csv-parse ${result.baselineRowsPerSecond} rows/s ` +
        `= ${result.ratio}x (target >= ${result.target}x); ${rows} rows, ${result.fileMB} MB, peak RSS ${result.peakRssMB} MB`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
