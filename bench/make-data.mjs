// Writes synthetic NDJSON files for the benchmarks (cached in .bench/ at the repo root; never committed).

import { once } from "node:events";
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync } from "node:fs";
import { join } from "node:path";
import { generateRecords } from "@tip/testkit";

export const BENCH_DIR = join(import.meta.dirname, "..", ".bench");

/**
 * The cached file `name` of .bench/, written once from `lines` (an iterable of NDJSON lines) through a temporary
 * file, so an interrupted run never leaves a half file under the name.
 */
async function cachedFile(name, lines) {
  mkdirSync(BENCH_DIR, { recursive: true });
  const file = join(BENCH_DIR, name);
  if (existsSync(file)) return file;
  const out = createWriteStream(`${file}.tmp`);
  for (const line of lines) if (!out.write(line)) await once(out, "drain");
  out.end();
  await once(out, "finish");
  renameSync(`${file}.tmp`, file);
  return file;
}

/** Lines of records from the generator, seed after seed (`optionsOf(seed)`), until they add up to `megabytes`. */
function* upTo(megabytes, optionsOf) {
  const target = megabytes * 1024 * 1024;
  let bytes = 0;
  for (let seed = 1; bytes < target; seed++) {
    for (const record of generateRecords(optionsOf(seed))) {
      const line = `${JSON.stringify(record)}\n`;
      bytes += Buffer.byteLength(line);
      yield line;
      if (bytes >= target) return;
    }
  }
}

/** Writes `count` victim records (only victims: the throughput targets are stated on victims). */
export function victimsFile(count) {
  function* victims() {
    let written = 0;
    for (const record of generateRecords({ seed: 7, count, country: "TT" })) {
      if (record.recordType !== "victim") continue;
      yield `${JSON.stringify(record)}\n`;
      if (++written === count) return;
    }
  }
  return cachedFile(`victims-${count}.ndjson`, victims());
}

/** Writes a file of about `megabytes` MB of mixed records (cases, victims, perpetrators, agencies, referrals). */
export function sizedFile(megabytes) {
  return cachedFile(
    `mixed-${megabytes}mb.ndjson`,
    upTo(megabytes, (seed) => ({ seed, count: 5000, country: "TT" })),
  );
}

/**
 * Writes a file of about `megabytes` MB holding every record type: each block of the generator is a data set of
 * its own (agencies, cases, victims, perpetrators, referrals, the protection and prosecution records and prevention
 * activities, then the aggregate figures counted from them), with 1% of victims, figures and protection,
 * prosecution and prevention records made invalid on purpose, so the slow path of invalid records is exercised too.
 */
export function allTypesFile(megabytes) {
  // Named by model version and generator revision: a file cached by an older bench lacks the record types or
  // the mistakes added since (revision 2: mistakes in every record type).
  return cachedFile(
    `all-types-${megabytes}mb-model-1.2-r2.ndjson`,
    upTo(megabytes, (seed) => ({
      seed,
      count: 2000,
      country: "TT",
      errorRate: 0.01,
      aggregates: true,
      protection: true,
      prosecution: true,
    })),
  );
}

export const sizeOf = (file) => statSync(file).size;
