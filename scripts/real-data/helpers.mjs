// Helpers of the real-data check: run the built CLI, read a CSV plainly, collect results.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const tip = join(root, "packages", "cli", "bin", "tip.js");

/** Runs `tip` with the arguments; returns the exit code and the output. */
export function runTip(args) {
  const result = spawnSync(process.execPath, [tip, ...args], {
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, LANG: "en" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The rows of a CSV file as objects keyed by header, read with a plain CSV parse (no project code). */
export function readCsv(path) {
  return parse(readFileSync(path), { columns: true, bom: true, relax_column_count: false });
}

/** The records of an NDJSON file. */
export function readNdjson(path) {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line));
}

/** Counts of the values a function gives for each item (`undefined` values are not counted). */
export function countBy(items, key) {
  const counts = new Map();
  for (const item of items) {
    const value = key(item);
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** A JSON file. */
export function readJson(path) {
  return JSON.parse(readFileSync(path, "utf8"));
}
