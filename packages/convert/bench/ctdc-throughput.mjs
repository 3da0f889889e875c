#!/usr/bin/env node
// CTDC CSV -> canonical throughput, as a ratio to csv-parse's bare parse of the same file (target >= 0.6x),
// and peak RSS while streaming (memory must not grow with the file). Needs `npm run build -w @tip/convert`.
// Two files of the same rows: as CTDC publishes them (no quotes, LF) and as an exporter that quotes every
// cell and ends lines with CRLF writes them. Each round runs the baseline and the conversion once, in turn;
// the figures are the medians of the rounds, in wall time and in CPU time (less moved by other processes).
// Usage: node bench/ctdc-throughput.mjs [rows=200000] [--rounds=5] [--json]
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { readCtdcStream } from "@tip/convert";
import { parse } from "csv-parse";

const rows = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 200_000);
const asJson = process.argv.includes("--json");
const rounds = Number(process.argv.find((arg) => arg.startsWith("--rounds="))?.slice(9) ?? 5);

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

/** A line of cells, as written plainly or with every cell quoted and a CRLF. */
const lineOf = (cells, quoted) =>
  quoted ? `${cells.map((cell) => `"${cell}"`).join(",")}\r\n` : `${cells.join(",")}\n`;

/** Writes the file in batches, so generating it does not inflate the memory measured afterwards. */
function writeFile(path, count, quoted) {
  const next = random(42);
  const fd = openSync(path, "w");
  writeSync(fd, lineOf(HEADER, quoted));
  for (let start = 0; start < count; start += 1000) {
    const lines = [];
    for (let row = start; row < Math.min(count, start + 1000); row++) lines.push(lineOf(rowOf(next), quoted));
    writeSync(fd, lines.join(""));
  }
  closeSync(fd);
}

/** What the baseline counts: csv-parse with its default options reads the file; the rows are counted. */
async function bareParse(path) {
  let count = 0;
  for await (const _ of createReadStream(path).pipe(parse())) count++;
  return count - 1;
}

/** What is measured: read, decode, split into rows, convert each to a victim, validate it, count it. */
async function convert(path) {
  let count = 0;
  for await (const _ of readCtdcStream(createReadStream(path), { idSeed: "bench" })) count++;
  return count;
}

async function timed(run, path) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const count = await run(path);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  return { count, seconds, cpuSeconds: (used.user + used.system) / 1e6 };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Rounds of baseline then conversion on one file; medians, and the peak RSS seen while converting. */
async function measure(path) {
  await timed(convert, path); // warm-up: compile schemas, JIT
  await timed(bareParse, path);
  const baseline = [];
  const ours = [];
  let peak = process.memoryUsage().rss;
  for (let round = 0; round < rounds; round++) {
    baseline.push(await timed(bareParse, path));
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    ours.push(await timed(convert, path));
    clearInterval(sampler);
  }
  if ([...baseline, ...ours].some((run) => run.count !== rows)) throw new Error("row counts differ");
  const wall = [median(baseline.map((run) => run.seconds)), median(ours.map((run) => run.seconds))];
  const cpu = [median(baseline.map((run) => run.cpuSeconds)), median(ours.map((run) => run.cpuSeconds))];
  return {
    fileMB: +(statSync(path).size / 2 ** 20).toFixed(1),
    baselineRowsPerSecond: Math.round(rows / wall[0]),
    rowsPerSecond: Math.round(rows / wall[1]),
    ratio: +(wall[0] / wall[1]).toFixed(2),
    ratios: ours.map((run, index) => +(baseline[index].seconds / run.seconds).toFixed(2)),
    cpuRatio: +(cpu[0] / cpu[1]).toFixed(2),
    peakRssMB: +(peak / 2 ** 20).toFixed(0),
  };
}

const dir = mkdtempSync(join(tmpdir(), "tip-bench-ctdc-"));
try {
  const loadBefore = +loadavg()[0].toFixed(2);
  const files = [];
  for (const [name, quoted] of [
    ["plain", false],
    ["quoted", true],
  ]) {
    const path = join(dir, `ctdc-global-${name}.csv`);
    writeFile(path, rows, quoted);
    files.push({ file: name, ...(await measure(path)) });
    rmSync(path);
  }
  const result = {
    bench: "ctdc-csv-to-canonical",
    rows,
    rounds,
    target: 0.6,
    loadAverage: [loadBefore, +loadavg()[0].toFixed(2)],
    files,
  };
  if (asJson) console.log(JSON.stringify(result));
  else {
    console.log(
      `CTDC CSV -> canonical (read, decode, split, convert and validate each row) vs csv-parse's bare parse of the same file; ${rows} rows, medians of ${rounds} rounds, load average ${result.loadAverage.join(" -> ")}`,
    );
    for (const file of files) {
      const met = file.ratio >= result.target ? "met" : "NOT met";
      console.log(
        `  ${file.file === "plain" ? "as CTDC writes it (no quotes, LF)" : "every cell quoted, CRLF          "}: ${file.rowsPerSecond} vs ${file.baselineRowsPerSecond} rows/s = ${file.ratio}x (target >= ${result.target}x: ${met}; rounds ${file.ratios.join(" ")}; CPU time ${file.cpuRatio}x); ${file.fileMB} MB, peak RSS ${file.peakRssMB} MB`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
