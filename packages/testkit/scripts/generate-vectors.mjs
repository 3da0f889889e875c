#!/usr/bin/env node
// Writes the conformance vectors from the table in src/vectors, through the built dist of this package
// (which runs on the built dist of @tip/schema).
//   node scripts/generate-vectors.mjs           write vectors/<recordType>/<name>.json, delete vectors not generated any more
//   node scripts/generate-vectors.mjs --check   exit 1 when the committed files are stale (CI)
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { vectorFiles } from "../dist/public-api.js";

const check = process.argv.includes("--check");
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "vectors");
const label = "@tip/testkit vectors";

/** Every .json file under a folder, as paths relative to `root` with forward slashes. */
function jsonFilesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsonFilesUnder(path);
    return entry.name.endsWith(".json") ? [relative(root, path).split("\\").join("/")] : [];
  });
}

const files = vectorFiles();
const stale = [];
for (const [path, content] of Object.entries(files)) {
  const file = join(root, path);
  if (existsSync(file) && readFileSync(file, "utf8") === content) continue;
  if (check) stale.push(path);
  else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}
for (const path of jsonFilesUnder(root)) {
  if (path in files) continue;
  if (check) stale.push(`${path} (not generated any more)`);
  else rmSync(join(root, path));
}
if (stale.length > 0) {
  console.error(`${label}: stale generated files; run \`npm run generate\`:\n  ${stale.join("\n  ")}`);
  process.exit(1);
}
console.log(`${label}: ${Object.keys(files).length} files ${check ? "up to date" : "written"}`);
