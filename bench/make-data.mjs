// Writes synthetic NDJSON files for the benchmarks (cached in .bench/ at the repo root; never committed).

import { once } from "node:events";
import { createWriteStream, existsSync, mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { generateRecords } from "@tip/testkit";

export const BENCH_DIR = join(import.meta.dirname, "..", ".bench");

/** Writes `count` victim records (only victims: the throughput targets are stated on victims). */
export async function victimsFile(count) {
  mkdirSync(BENCH_DIR, { recursive: true });
  const file = join(BENCH_DIR, `victims-${count}.ndjson`);
  if (existsSync(file)) return file;
  const out = createWriteStream(`${file}.tmp`);
  let written = 0;
  for (const record of generateRecords({ seed: 7, count, country: "TT" })) {
    if (record.recordType !== "victim") continue;
    if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, "drain");
    if (++written === count) break;
  }
  out.end();
  await once(out, "finish");
  const { renameSync } = await import("node:fs");
  renameSync(`${file}.tmp`, file);
  return file;
}

/** Writes a file of about `megabytes` MB of mixed records (cases, victims, perpetrators, agencies, referrals). */
export async function sizedFile(megabytes) {
  mkdirSync(BENCH_DIR, { recursive: true });
  const file = join(BENCH_DIR, `mixed-${megabytes}mb.ndjson`);
  if (existsSync(file)) return file;
  const target = megabytes * 1024 * 1024;
  const out = createWriteStream(`${file}.tmp`);
  let bytes = 0;
  let seed = 1;
  while (bytes < target) {
    for (const record of generateRecords({ seed: seed++, count: 5000, country: "TT" })) {
      const line = `${JSON.stringify(record)}\n`;
      bytes += Buffer.byteLength(line);
      if (!out.write(line)) await once(out, "drain");
      if (bytes >= target) break;
    }
  }
  out.end();
  await once(out, "finish");
  const { renameSync } = await import("node:fs");
  renameSync(`${file}.tmp`, file);
  return file;
}

/**
 * Writes a file of about `megabytes` MB holding every record type: each block of the generator is a data set of
 * its own (agencies, cases, victims, perpetrators, referrals, the protection and prosecution records and prevention
 * activities, then the aggregate figures counted from them), with 1% of victims, figures and protection,
 * prosecution and prevention records made invalid on purpose, so the slow path of invalid records is exercised too.
 */
export async function allTypesFile(megabytes) {
  mkdirSync(BENCH_DIR, { recursive: true });
  // Named by model version and generator revision: a file cached by an older bench lacks the record types or
  // the mistakes added since (revision 2: mistakes in every record type).
  const file = join(BENCH_DIR, `all-types-${megabytes}mb-model-1.2-r2.ndjson`);
  if (existsSync(file)) return file;
  const target = megabytes * 1024 * 1024;
  const out = createWriteStream(`${file}.tmp`);
  let bytes = 0;
  for (let seed = 1; bytes < target; seed++) {
    const options = {
      seed,
      count: 2000,
      country: "TT",
      errorRate: 0.01,
      aggregates: true,
      protection: true,
      prosecution: true,
    };
    for (const record of generateRecords(options)) {
      const line = `${JSON.stringify(record)}\n`;
      bytes += Buffer.byteLength(line);
      if (!out.write(line)) await once(out, "drain");
      if (bytes >= target) break;
    }
  }
  out.end();
  await once(out, "finish");
  const { renameSync } = await import("node:fs");
  renameSync(`${file}.tmp`, file);
  return file;
}

export const sizeOf = (file) => statSync(file).size;
