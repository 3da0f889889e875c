#!/usr/bin/env node
// `npm run bench`: throughput and memory of the validator, as ratios against baselines measured in the same run
// (in-process, then whole-process `tip validate` against a bare JSON.parse process: target >= 0.6x);
// then CTDC CSV -> canonical conversion against csv-parse's bare parse of the same file (target >= 0.6x);
// then the exchange node's load test (bench/exchange-node.mjs: 10,000 envelopes, counts reconciled);
// then the gzip size of a browser bundle checking victims in Spanish (bench/browser-bundle.mjs: under 60 KB).
//   npm run bench              all measures (writes ~1.1 GB of synthetic data to .bench/ the first time)
//   npm run bench -- --quick   skip the 1 GB memory measure
import { execFileSync } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { validateStream } from "@tip/validate";
import { ajvValidate, bareParse } from "./baselines.mjs";
import { sizedFile, sizeOf, victimsFile } from "./make-data.mjs";

const quick = process.argv.includes("--quick");
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);

/** Best wall time of `runs` runs, after one warm-up run. */
async function best(runs, task) {
  await task();
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await task();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest / 1000;
}

console.log(
  `machine: ${cpus().length} x ${cpus()[0]?.model ?? "?"}, ${mb(totalmem())} MB RAM, Node ${process.version}, load average ${loadavg()[0].toFixed(2)}`,
);
const victims = await victimsFile(200_000);
console.log(`data: 200,000 synthetic victims, ${mb(sizeOf(victims))} MB NDJSON`);

const bare = await best(2, () => bareParse(victims));
// Default options: worker threads ("auto", one per core but one) parse and check; the main thread reads.
const ours = await best(2, () => validateStream(victims, { format: "ndjson", maxIssues: 100 }));
// Everything on the main thread, for comparison with the single-threaded baselines.
const alone = await best(2, () => validateStream(victims, { format: "ndjson", maxIssues: 100, workers: 0 }));
const ajv = await best(2, () => ajvValidate(victims));
const rate = (seconds) => (200_000 / seconds).toFixed(0);
console.log(
  `\nthroughput (records/s): bare JSON.parse ${rate(bare)}, @tip/validate ${rate(ours)} (one thread: ${rate(alone)}), ajv ${rate(ajv)}`,
);
console.log(
  `ratio validate / bare JSON.parse loop : ${(bare / ours).toFixed(2)}x  (in-process, victims only, no start-up: the target is the whole-process ratio below; one thread: ${(bare / alone).toFixed(2)}x)`,
);
console.log(
  `ratio validate / ajv (structure only) : ${(ajv / ours).toFixed(2)}x  (target >= 1.30x; ours also runs the cross-field rules; one thread: ${(ajv / alone).toFixed(2)}x)`,
);

// The target: whole-process `tip validate` of a mixed file of every record type against a bare JSON.parse loop in a
// process of its own (bench/validate-process.mjs; --quick: 100 MB instead of 300 MB, 3 rounds instead of 5).
console.log("");
execFileSync(
  process.execPath,
  [
    join(import.meta.dirname, "validate-process.mjs"),
    `--mb=${quick ? 100 : 300}`,
    `--rounds=${quick ? 3 : 5}`,
  ],
  { stdio: "inherit" },
);

const child = (file, options = {}) =>
  JSON.parse(
    execFileSync(
      process.execPath,
      [join(import.meta.dirname, "validate-child.mjs"), file, JSON.stringify(options)],
      { encoding: "utf8" },
    ),
  );
/** Peak RSS of one run in its own process, printed; returns the run. */
const memory = (label, file, options) => {
  const run = child(file, options);
  console.log(
    `peak RSS, ${label}: ${mb(run.maxRssBytes)} MB (${run.total} records in ${run.seconds.toFixed(1)} s)`,
  );
  return run;
};
const growth = (small, large) =>
  `${((100 * (large.maxRssBytes - small.maxRssBytes)) / small.maxRssBytes).toFixed(1)}%`;

console.log("");
const small = await sizedFile(100);
const smallRun = memory("100 MB file", small);
const smallAlone = memory("100 MB file, one thread", small, { workers: 0 });
if (!quick) {
  const large = await sizedFile(1024);
  const largeRun = memory("1 GB file  ", large);
  const largeAlone = memory("1 GB file, one thread  ", large, { workers: 0 });
  console.log(
    `RSS growth 100 MB -> 1 GB: ${growth(smallRun, largeRun)} (one thread: ${growth(smallAlone, largeAlone)}; target within 10%; 1 GB target under 150 MB)`,
  );
}

// @tip/convert: CTDC CSV -> canonical throughput against csv-parse's bare parse of the same file.
console.log("");
execFileSync(
  process.execPath,
  [join(import.meta.dirname, "..", "packages", "convert", "bench", "ctdc-throughput.mjs"), "100000"],
  {
    stdio: "inherit",
  },
);

// @tip/exchange-node: 10,000 envelopes from concurrent clients, throughput and latency (--quick: 1,000).
execFileSync(
  process.execPath,
  [join(import.meta.dirname, "exchange-node.mjs"), "--count", quick ? "1000" : "10000"],
  { stdio: "inherit" },
);

// Browser bundle of Victim + checkRecord + the Spanish messages: gzip size against 60 KB, and its largest parts.
execFileSync(process.execPath, [join(import.meta.dirname, "browser-bundle.mjs")], { stdio: "inherit" });
// Start-up of `tip` as whole processes: --version, validate of 100 records, against `node -e 0` (target < 0.25 s).
execFileSync(process.execPath, [join(import.meta.dirname, "startup.mjs")], { stdio: "inherit" });
