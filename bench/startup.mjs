#!/usr/bin/env node
// Start-up of the `tip` command, as whole processes: `tip --version`, `tip validate` of a 100-record file and
// `node -e 0` (the floor no command can go under), each spawned `runs` times in turn; the medians are printed
// with the target (start-up under 0.25 s, i.e. `tip validate` of a small file).
// When NODE_EXTRA_CA_CERTS is set, `node -e 0` and `tip validate` are also timed without it, in the same rounds:
// Node 20 reads and parses those certificates at every start, before any code of the command runs (about 80 ms
// on the machine of 2026-12-06), so the figures are given both ways and the target is judged both ways.
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
function time(args, env = process.env) {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], env });
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

const VALIDATE = "tip validate (100 records)";
const CA_VARIABLE = "NODE_EXTRA_CA_CERTS";
const WITHOUT_CA = ` without ${CA_VARIABLE}`;
const { [CA_VARIABLE]: caCertificates, ...envWithoutCa } = process.env;
const measures = {
  "node -e 0": { args: ["-e", "0"] },
  "tip --version": { args: [tip, "--version"] },
  [VALIDATE]: { args: [tip, "validate", file] },
};
if (caCertificates !== undefined) {
  measures[`node -e 0${WITHOUT_CA}`] = { args: ["-e", "0"], env: envWithoutCa };
  measures[`${VALIDATE}${WITHOUT_CA}`] = { args: [tip, "validate", file], env: envWithoutCa };
}
const times = Object.fromEntries(Object.keys(measures).map((name) => [name, []]));
// Interleaved, so that a change of load on the machine weighs on every measure alike; one warm-up round.
for (let round = 0; round <= runs; round++) {
  for (const [name, { args, env }] of Object.entries(measures)) {
    const seconds = time(args, env);
    if (round > 0) times[name].push(seconds);
  }
}

console.log(`\nstart-up, whole process, median of ${runs} runs (load average ${loadavg()[0].toFixed(2)}):`);
for (const [name, values] of Object.entries(times)) {
  console.log(`  ${name.padEnd(56)} ${median(values).toFixed(3)} s`);
}
const verdict = (name) => {
  const seconds = median(times[name]);
  return `${seconds < TARGET_SECONDS ? "met" : "not met"} (${seconds.toFixed(3)} s)`;
};
console.log(`start-up target < ${TARGET_SECONDS} s (tip validate, 100 records): ${verdict(VALIDATE)}`);
if (caCertificates !== undefined) {
  console.log(`  ${CA_VARIABLE} is set here; without it: ${verdict(`${VALIDATE}${WITHOUT_CA}`)}`);
}
