#!/usr/bin/env node
// Start-up of the `tip` command, as whole processes: `tip --version`, `tip validate` of a 100-record file and
// `node -e 0` (the floor no command can go under), each spawned `runs` times in turn; the medians are printed
// with the target (start-up under 0.25 s, i.e. `tip validate` of a small file).
//   node bench/startup.mjs [runs]     (default 15 runs; a built CLI is needed: `npm run build`)
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";

const TARGET_SECONDS = 0.25;
const runs = Number(process.argv[2] ?? 15);
const root = join(import.meta.dirname, "..");
const tip = join(root, "packages", "cli", "bin", "tip.js");
const dir = join(root, ".bench");
mkdirSync(dir, { recursive: true });
const file = join(dir, "startup-100.ndjson");

/** Runs `args` with node and returns its wall time in seconds; a failure stops the bench. */
function time(args) {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    throw new Error(`node ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  }
  return seconds;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// 29 victims come with their cases, perpetrators, agencies and referrals: 100 records, all valid.
time([tip, "synth", "--count", "29", "--seed", "1", "-o", file]);

const measures = {
  "node -e 0": ["-e", "0"],
  "tip --version": [tip, "--version"],
  "tip validate (100 records)": [tip, "validate", file],
};
const times = Object.fromEntries(Object.keys(measures).map((name) => [name, []]));
// Interleaved, so that a change of load on the machine weighs on every measure alike; one warm-up round.
for (let round = 0; round <= runs; round++) {
  for (const [name, args] of Object.entries(measures)) {
    const seconds = time(args);
    if (round > 0) times[name].push(seconds);
  }
}

console.log(`\nstart-up, whole process, median of ${runs} runs (load average ${loadavg()[0].toFixed(2)}):`);
for (const [name, values] of Object.entries(times)) {
  console.log(`  ${name.padEnd(28)} ${median(values).toFixed(3)} s`);
}
const validate = median(times["tip validate (100 records)"]);
console.log(
  `start-up target < ${TARGET_SECONDS} s (tip validate, 100 records): ${validate < TARGET_SECONDS ? "met" : "not met"} (${validate.toFixed(3)} s)`,
);
