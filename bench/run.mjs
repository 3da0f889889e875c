#!/usr/bin/env node
// `npm run bench`: throughput and memory of the validator, as ratios against baselines measured in the same run.
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
// Default options: worker threads ("auto", one per core but one) alongside the main thread.
const ours = await best(2, () => validateStream(victims, { format: "ndjson", maxIssues: 100 }));
// Everything on the main thread, for comparison with the single-threaded baselines.
const alone = await best(2, () => validateStream(victims, { format: "ndjson", maxIssues: 100, workers: 0 }));
const ajv = await best(2, () => ajvValidate(victims));
const rate = (seconds) => (200_000 / seconds).toFixed(0);
console.log(
  `\nthroughput (records/s): bare JSON.parse ${rate(bare)}, @tip/validate ${rate(ours)} (one thread: ${rate(alone)}), ajv ${rate(ajv)}`,
);
console.log(
  `ratio validate / bare JSON.parse loop : ${(bare / ours).toFixed(2)}x  (target >= 0.60x, aim 0.75x; one thread: ${(bare / alone).toFixed(2)}x)`,
);
console.log(
  `ratio validate / ajv (structure only) : ${(ajv / ours).toFixed(2)}x  (target >= 1.30x; ours also runs the cross-field rules; one thread: ${(ajv / alone).toFixed(2)}x)`,
);

const child = (file) =>
  JSON.parse(
    execFileSync(process.execPath, [join(import.meta.dirname, "validate-child.mjs"), file], {
      encoding: "utf8",
    }),
  );
const small = await sizedFile(100);
const smallRun = child(small);
console.log(
  `\npeak RSS, 100 MB file: ${mb(smallRun.maxRssBytes)} MB (${smallRun.total} records in ${smallRun.seconds.toFixed(1)} s)`,
);
if (!quick) {
  const large = await sizedFile(1024);
  const largeRun = child(large);
  const growth = (largeRun.maxRssBytes - smallRun.maxRssBytes) / smallRun.maxRssBytes;
  console.log(
    `peak RSS, 1 GB file:   ${mb(largeRun.maxRssBytes)} MB (${largeRun.total} records in ${largeRun.seconds.toFixed(1)} s)`,
  );
  console.log(
    `RSS growth 100 MB -> 1 GB: ${(growth * 100).toFixed(1)}% (target within 10%; 1 GB target under 150 MB)`,
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
