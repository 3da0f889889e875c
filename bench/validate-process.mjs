#!/usr/bin/env node
// Whole-process `tip validate` throughput, as a ratio to a bare JSON.parse loop run as its own process on the
// same file (target >= 0.6x). Both sides are timed from this process as whole child processes: Node start-up,
// module loading, reading, splitting, parsing; for `tip validate` also the checks, the checks across records,
// the worker threads and writing the JSON report (to a temporary file). Each round runs the baseline, then
// `tip validate`, one after the other; the figures are the medians of the rounds in wall time. Needs a build.
// The data: a mixed NDJSON file of every record type (bench/make-data.mjs `allTypesFile`, cached in .bench/).
// Usage: node bench/validate-process.mjs [--mb=300] [--rounds=5] [--workers=<n|auto|all-cores>] [--report=<file>]
//   --workers is not passed unless given: the command is measured with its own default (all-cores).
//   --report keeps the last run's JSON report there (to compare verdicts before and after a change).
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { allTypesFile, sizeOf } from "./make-data.mjs";

const option = (name, fallback) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const megabytes = Number(option("mb", "300"));
const rounds = Number(option("rounds", "5"));
const workers = option("workers", undefined);
const keepReport = option("report", undefined);

const TIP = join(import.meta.dirname, "..", "packages", "cli", "bin", "tip.js");
const BARE = join(import.meta.dirname, "bare-parse-child.mjs");
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Wall time of one child process, in seconds; `okCodes` are the exit codes expected. */
function timed(args, okCodes) {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (!okCodes.includes(run.status)) {
    throw new Error(`${args.join(" ")} exited with ${run.status}: ${run.stderr.slice(0, 2000)}`);
  }
  return { seconds, stdout: run.stdout };
}

const file = await allTypesFile(megabytes);
const size = sizeOf(file) / 1024 / 1024;
const scratch = mkdtempSync(join(tmpdir(), "tip-bench-"));
const report = join(scratch, "report.json");
const startLoad = load();
const bare = [];
const ours = [];
let lines = 0;
try {
  for (let round = 0; round < rounds; round++) {
    const baseline = timed([BARE, file], [0]);
    lines = Number(baseline.stdout.trim());
    bare.push(baseline.seconds);
    // Exit code 1: the file holds invalid records on purpose.
    const args = [TIP, "validate", file, "--format", "json", "-o", report];
    if (workers !== undefined) args.push("--workers", workers);
    ours.push(timed(args, [0, 1]).seconds);
  }
  if (keepReport !== undefined) copyFileSync(report, keepReport);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const bareMedian = median(bare);
const oursMedian = median(ours);
const ratio = bareMedian / oursMedian;
const rate = (seconds) => `${(size / seconds).toFixed(1)} MB/s`;
const list = (values) => values.map((value) => value.toFixed(2)).join(", ");
console.log(
  `whole-process tip validate: ${size.toFixed(1)} MB NDJSON of every record type (${lines.toLocaleString("en")} records), ` +
    `${rounds} rounds, ${cpus().length} cores, load average (1/5/15 min) ${startLoad} -> ${load()}`,
);
console.log(
  `  bare JSON.parse loop, own process : median ${bareMedian.toFixed(2)} s, ${rate(bareMedian)}  (${list(bare)})`,
);
console.log(
  `  tip validate${workers === undefined ? " (default workers)" : ` --workers ${workers}`}: median ${oursMedian.toFixed(2)} s, ${rate(oursMedian)}  (${list(ours)})`,
);
console.log(
  `  ratio tip validate / bare loop    : ${ratio.toFixed(2)}x  target >= 0.6x: ${ratio >= 0.6 ? "met" : "not met"}`,
);
