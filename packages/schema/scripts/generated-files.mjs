// Shared by the generators: write generated files, or with --check compare them with what is on disk.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

/**
 * Writes `files` (absolute path -> content) or, in check mode, reports each file that is missing, differs,
 * or sits in `dir` matching `pattern` without being generated. Exits 1 when anything is stale.
 */
export function writeOrCheck(files, { check, dir, pattern, label }) {
  const stale = [];
  for (const [file, content] of Object.entries(files)) {
    const current = existsSync(file) ? readFileSync(file, "utf8") : undefined;
    if (current === content) continue;
    if (check) stale.push(relative(process.cwd(), file));
    else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  }
  if (check && dir && existsSync(dir)) {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (pattern.test(name) && !(file in files))
        stale.push(`${relative(process.cwd(), file)} (not generated any more)`);
    }
  }
  if (stale.length > 0) {
    console.error(`${label}: stale generated files; run \`npm run generate\`:\n  ${stale.join("\n  ")}`);
    process.exit(1);
  }
  console.log(`${label}: ${Object.keys(files).length} files ${check ? "up to date" : "written"}`);
}
